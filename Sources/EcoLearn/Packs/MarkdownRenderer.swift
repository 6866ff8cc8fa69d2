import CMark
import Foundation

/// Turns the Markdown of lesson texts (steps, worksheets, teacher notes) into safe HTML with cmark-gfm.
///
/// CommonMark plus the GitHub tables, strikethrough and autolink extensions. Nothing in the text can reach the
/// page as markup: raw HTML is printed as text, links keep only `http:`, `https:` and `mailto:` targets (any
/// other link, such as `javascript:`, `data:` or `vbscript:`, becomes its plain text), and images become their
/// alt text, since pack media come from the activity's `media` list and a pack never loads anything from outside.
public struct MarkdownRenderer: Sendable {
    /// How many levels headings in the text move down, so a `#` heading sits below the page's own headings.
    public var headingOffset: Int

    public init(headingOffset: Int = 2) {
        self.headingOffset = headingOffset
    }

    /// The HTML for `markdown`.
    public func html(_ markdown: String) -> String {
        parsed(markdown) { root, extensions in render(root, extensions) } ?? ""
    }

    /// One block of rendered Markdown and the lengths of its lines of text, for laying blocks out on slides.
    public struct Block: Sendable, Hashable {
        public var html: String
        /// The characters a reader sees on each line (paragraph, list entry, table row) of the block.
        public var lineLengths: [Int]
    }

    /// The top-level blocks of `markdown` one by one, each list item as a list of its own (an ordered list keeps
    /// its numbering through `start`), so a long text can be spread over several slides.
    public func blocks(_ markdown: String) -> [Block] {
        parsed(markdown) { root, extensions in
            var blocks: [Block] = []
            while let block = cmark_node_first_child(root) {
                cmark_node_unlink(block)
                guard cmark_node_get_type(block) == CMARK_NODE_LIST else {
                    blocks.append(standalone(block, extensions))
                    continue
                }
                var number = cmark_node_get_list_start(block)
                while let item = cmark_node_first_child(block) {
                    cmark_node_unlink(item)
                    guard let list = cmark_node_new(CMARK_NODE_LIST) else { cmark_node_free(item); continue }
                    cmark_node_set_list_type(list, cmark_node_get_list_type(block))
                    cmark_node_set_list_delim(list, cmark_node_get_list_delim(block))
                    cmark_node_set_list_start(list, number)
                    cmark_node_set_list_tight(list, cmark_node_get_list_tight(block))
                    cmark_node_append_child(list, item)
                    blocks.append(standalone(list, extensions))
                    number += 1
                }
                cmark_node_free(block)
            }
            return blocks
        } ?? []
    }

    /// Parses and sanitizes `markdown`, hands the tree and its extensions to `body`, and frees both.
    private func parsed<Result>(
        _ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result
    ) -> Result? {
        Self.registerExtensions
        guard let parser = cmark_parser_new(Self.options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(root) }
        sanitize(root)
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    /// The HTML of the tree under `node`.
    private func render(_ node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let rendered = cmark_render_html(node, Self.options, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// `block` (already unlinked) rendered as a document of its own, with its text length; frees the block.
    private func standalone(_ block: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> Block {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else {
            cmark_node_free(block)
            return Block(html: "", lineLengths: [])
        }
        defer { cmark_node_free(document) }
        cmark_node_append_child(document, block)
        var lengths: [Int] = []
        if let plain = cmark_render_plaintext(document, Self.options, 0) {
            lengths = String(cString: plain).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces).count }.filter { $0 > 0 }
            cmark_get_default_mem_allocator().pointee.free(plain)
        }
        return Block(html: render(document, extensions), lineLengths: lengths)
    }

    /// Safe mode (no `CMARK_OPT_UNSAFE`), table cell alignment as `style` (the `align` attribute is obsolete).
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The link targets a printed pack may show; anything else loses its link and keeps its text.
    private static let allowedSchemes = ["http://", "https://", "mailto:"]

    /// True when a link to `url` may stay a link.
    static func isAllowedLink(_ url: String) -> Bool {
        let lowered = url.drop { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }.lowercased()
        return allowedSchemes.contains { lowered.hasPrefix($0) }
    }

    /// Rewrites the tree: raw HTML becomes text, unsafe links and all images become their content,
    /// headings move down by `headingOffset`.
    private func sanitize(_ root: OpaquePointer) {
        var rawHTML: [OpaquePointer] = []
        var unwrap: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK: rawHTML.append(node)
            case CMARK_NODE_IMAGE: unwrap.append(node)
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !Self.isAllowedLink(url) { unwrap.append(node) }
            case CMARK_NODE_HEADING: headings.append(node)
            default: break
            }
        }
        cmark_iter_free(iterator)

        for node in rawHTML { replaceWithText(node) }
        for node in unwrap {
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
            cmark_node_free(node)
        }
        for node in headings {
            cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + Int32(headingOffset)))
        }
    }

    /// Puts a text node (inside a paragraph for a block) with the raw HTML's source in place of the raw HTML.
    private func replaceWithText(_ node: OpaquePointer) {
        var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        while literal.last == "\n" { literal.removeLast() }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, literal)
        if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
            cmark_node_append_child(paragraph, text)
            cmark_node_replace(node, paragraph)
        } else {
            cmark_node_replace(node, text)
        }
        cmark_node_free(node)
    }
}
