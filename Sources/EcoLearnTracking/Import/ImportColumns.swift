/// The columns the importers know, for help texts.
public enum ImportColumns {
    /// Columns of an events CSV, besides the headcount group columns (`female`, `male`, `other`, `local`,
    /// `international`, `age 10-14`, ...).
    public static var events: [String] { EventSheet.columns }
    /// Columns of an attendance (sign-in sheet) CSV.
    public static var attendance: [String] { AttendanceSheet.columns }
}
