// Participation store on GRDB (see DESIGN.md section 5).
