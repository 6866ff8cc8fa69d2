/// The site's style sheet (`assets/site.css`): one column that reads on a phone, system fonts, text and links
/// with at least 4.5:1 contrast, a visible focus ring, and print without the navigation.
enum SiteStyle {
    static let text = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          font-size: 1.0625rem; line-height: 1.55; color: #1b1f1c; background: #fbfcfa; }
        a { color: #0b5a36; text-underline-offset: 0.15em; }
        a:hover { color: #06361f; }
        :focus-visible { outline: 3px solid #b3541e; outline-offset: 2px; }
        .skip { position: absolute; left: 0.5rem; top: -3rem; background: #0b5a36; color: #fff; padding: 0.5rem 1rem; z-index: 10; }
        .skip:focus { top: 0.5rem; color: #fff; }
        header.site, footer.site { background: #e7efe9; padding: 0.75rem 1rem; }
        header.site { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; }
        .brand { margin: 0; font-weight: 700; font-size: 1.125rem; }
        .brand a { color: #1b1f1c; text-decoration: none; }
        nav.languages ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.25rem 1rem; flex-wrap: wrap; }
        nav.languages a { display: inline-block; padding: 0.5rem 0.25rem; min-height: 44px; }
        nav.languages a[aria-current] { font-weight: 700; color: #1b1f1c; text-decoration: none; }
        main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
        footer.site { margin-top: 2rem; font-size: 0.9375rem; }
        footer.site p { max-width: 48rem; margin: 0 auto; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.375rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; }
        h3 { font-size: 1.1875rem; margin: 1.25rem 0 0.25rem; }
        h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
        .tagline, .summary { font-size: 1.125rem; }
        .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.75rem 1rem;
          background: #fff; border: 1px solid #b9c7bd; border-radius: 0.5rem; padding: 0 1rem 1rem; margin: 1rem 0; }
        .filters[hidden] { display: none; }
        .filters h2, .filters .wide { grid-column: 1 / -1; }
        .filters h2 { margin: 0.75rem 0 0; font-size: 1.1875rem; }
        .field label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
        .field input, .field select, .field button { width: 100%; min-height: 44px; font: inherit; padding: 0.375rem 0.5rem;
          border: 1px solid #58655c; border-radius: 0.25rem; background: #fff; color: #1b1f1c; }
        .field button { background: #0b5a36; color: #fff; border-color: #0b5a36; cursor: pointer; }
        .field.actions { align-self: end; }
        .hint { margin: 0.25rem 0 0; font-size: 0.9375rem; color: #46524a; }
        .count { font-weight: 600; }
        ul.units { list-style: none; margin: 0; padding: 0; }
        ul.units > li { border-top: 1px solid #c9d5cc; padding: 0.25rem 0 0.75rem; }
        ul.units h2 { font-size: 1.25rem; margin: 0.75rem 0 0.25rem; }
        ul.units p { margin: 0.25rem 0; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.125rem 0.75rem; margin: 0.5rem 0;
          font-size: 0.9375rem; }
        .facts dt { font-weight: 600; color: #2f3a33; }
        .facts dd { margin: 0; min-width: 0; }
        @media (max-width: 30em) { .facts { grid-template-columns: 1fr; gap: 0; } .facts dd { margin-bottom: 0.25rem; } }
        .notice { background: #fff4d6; border-left: 4px solid #8a5a00; padding: 0.5rem 0.75rem; }
        .crumbs { margin: 0.25rem 0; }
        .crumbs a { display: inline-block; padding: 0.5rem 0; }
        ul.downloads li { margin: 0.375rem 0; }
        ul.downloads a { display: block; padding: 0.25rem 0; }
        .file { color: #46524a; font-size: 0.875rem; overflow-wrap: anywhere; }
        .activity { border-left: 4px solid #c9d5cc; padding-left: 0.75rem; margin: 1rem 0; }
        .meta { color: #46524a; margin: 0; }
        .notes { background: #eef4f0; padding: 0.25rem 0.75rem; border-radius: 0.25rem; }
        figure { margin: 1rem 0; }
        figure img { max-width: 100%; height: auto; background: #fff; border: 1px solid #c9d5cc; }
        figcaption { font-size: 0.9375rem; color: #46524a; }
        .questions > li { margin-bottom: 1rem; }
        .prompt { margin: 0; font-weight: 600; }
        .how { margin: 0.125rem 0; font-style: italic; color: #46524a; }
        .choices, .match-left { margin: 0.25rem 0; padding-left: 1.25rem; }
        table { border-collapse: collapse; display: block; overflow-x: auto; }
        th, td { border: 1px solid #b9c7bd; padding: 0.25rem 0.5rem; text-align: left; }
        .choose { list-style: none; padding: 0; font-size: 1.25rem; }
        .choose li { margin: 0.5rem 0; }
        .choose a { display: inline-block; padding: 0.5rem 0; min-height: 44px; }
        @media print { header.site nav, .skip, .filters, footer.site { display: none; } body { background: #fff; } }

        """
}
