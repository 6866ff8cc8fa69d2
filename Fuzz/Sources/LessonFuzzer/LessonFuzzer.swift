import EcoLearn

/// libFuzzer's entry point: every input goes through the whole YAML-to-lesson path (reader, decoder,
/// validator) and, when a unit decodes, the renderers that print it. Any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLessonUnit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let validator = Validator(mediaFiles: ["media/bins.svg"])
    let result = Library.decode(bytes, file: "lessons/waste/fuzz.yaml", validator: validator)
    for diagnostic in result.diagnostics { _ = diagnostic.summaryLine }
    if let unit = result.unit {
        _ = UnitTextRenderer(language: unit.sourceLanguage).render(unit)
        _ = LanguageCompleteness(language: "tr", units: [unit])
    }
    return 0
}
