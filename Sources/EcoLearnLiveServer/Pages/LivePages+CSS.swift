extension LivePages {
    /// The style of all three pages: large type, high contrast, tap targets of at least 44 px, visible focus.
    static let css = #"""
    :root { color-scheme: light; --ink: #111; --paper: #fff; --accent: #0b5394; --good: #0a6b2d; --bad: #a4161a; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1.125rem/1.5 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
    main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
    main.wide { max-width: 80rem; font-size: 1.5rem; }
    h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
    main.wide h1 { font-size: 2.25rem; }
    h2 { font-size: 1.375rem; }
    main.wide h2 { font-size: 2.5rem; }
    label, legend { font-weight: 600; display: block; margin: .75rem 0 .25rem; }
    input, select, button { font: inherit; min-height: 44px; border-radius: .375rem; }
    input, select { width: 100%; padding: .5rem; border: 2px solid #555; background: #fff; color: var(--ink); }
    button { padding: .5rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; margin: .25rem .25rem .25rem 0; }
    button.secondary { background: #fff; color: var(--accent); }
    button:disabled { opacity: .6; cursor: default; }
    :focus-visible { outline: 3px solid #f9a825; outline-offset: 2px; }
    fieldset { border: 0; padding: 0; margin: 0; }
    .choice { display: flex; align-items: center; gap: .75rem; min-height: 48px; padding: .25rem .5rem; margin: .375rem 0; border: 2px solid #555; border-radius: .375rem; }
    .choice input { width: 1.5rem; min-height: 1.5rem; flex: none; }
    .choice label { margin: 0; font-weight: 400; flex: 1; }
    .letter { font-weight: 700; }
    ol.order { padding-left: 0; list-style: none; }
    ol.order li { display: flex; align-items: center; gap: .5rem; border: 2px solid #555; border-radius: .375rem; padding: .25rem .5rem; margin: .375rem 0; }
    ol.order li span { flex: 1; }
    ol.order button { min-width: 44px; padding: .25rem .5rem; }
    .verdict { font-size: 1.5rem; font-weight: 700; }
    .verdict.correct { color: var(--good); }
    .verdict.wrong, .verdict.skipped { color: var(--bad); }
    .verdict.partly { color: #7a4a00; }
    .status { min-height: 1.5rem; font-weight: 600; }
    .error { color: var(--bad); font-weight: 600; }
    .timer { font-size: 2rem; font-weight: 700; }
    .join { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; }
    .join img { width: 16rem; height: 16rem; }
    .pin { font-size: 3rem; font-weight: 800; letter-spacing: .2em; }
    ul.players { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
    ul.players li { border: 2px solid #555; border-radius: .375rem; padding: .25rem .5rem; display: flex; align-items: center; gap: .5rem; }
    ul.players button { min-height: 32px; padding: 0 .5rem; font-size: 1rem; }
    .bar { display: grid; grid-template-columns: 12rem 1fr 4rem; gap: .75rem; align-items: center; margin: .375rem 0; }
    .bar .fill { height: 2rem; background: #555; }
    .bar.right .fill { background: var(--good); }
    .controls { position: sticky; bottom: 0; background: #f2f2f2; border-top: 2px solid #555; padding: .5rem 1rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #555; padding: .375rem .5rem; text-align: left; }
    td.number { text-align: right; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    """#
}
