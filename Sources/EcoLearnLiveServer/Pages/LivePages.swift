import Foundation
import EcoLearn
import EcoLearnLive

/// The three pages of a live game, plain HTML, CSS and JavaScript written here and compiled into the binary:
/// no framework, no build step, no request outside the server. Page texts come in English, Latvian and Turkish.
enum LivePages {
    /// The helpers both page scripts start with: `fill` puts values in a text's `%1`, `%2`, ...; `el` makes an
    /// element with properties and children (text children go in as text, never as HTML).
    static let scriptHelpers = #"""
    function fill(text, ...values) { return values.reduce((s, v, i) => s.replace("%" + (i + 1), v), text); }
    function el(tag, props, ...children) {
      const node = document.createElement(tag);
      Object.assign(node, props || {});
      for (const child of children) node.append(child);
      return node;
    }
    """#

    /// The player page: join form, then one question at a time, first in `language` (the one the phone asks for,
    /// or the host's), which the player can change on the join form.
    static func player(language: String, title: String, languages: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/live.css">
        <script src="/player.js" defer></script>
        </head>
        <body>
        <main id="app" data-languages="\(escape(languages.joined(separator: " ")))">
        <h1 id="title">\(escape(title))</h1>
        <noscript><p>\(escape(scriptNeeded(in: language)))</p></noscript>
        <div id="screen"></div>
        <p id="status" class="status" role="status" aria-live="polite"></p>
        </main>
        </body>
        </html>

        """
    }

    /// The host page for the projector, in the host's language; the script reads the key from the address.
    static func host(language: String, title: String, joinURL: String, pin: String, key: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/live.css">
        </head>
        <body>
        <main id="app" class="wide" data-join="\(escape(joinURL))" data-pin="\(escape(pin))">
        <h1>\(escape(title))</h1>
        <div id="screen"></div>
        <p id="status" class="status" role="status" aria-live="polite"></p>
        </main>
        <div class="controls" id="controls"></div>
        <script src="/host.js?key=\(escape(key))" defer></script>
        </body>
        </html>

        """
    }

    /// What a phone with JavaScript switched off is told, in `language`.
    static func scriptNeeded(in language: String) -> String {
        switch language {
        case "lv": "Lai piedalītos, pārlūkprogrammā jāieslēdz JavaScript."
        case "tr": "Katılmak için tarayıcınızda JavaScript'i açın."
        default: "Turn on JavaScript in your browser to play."
        }
    }

    /// `text` safe inside HTML text and attribute values.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
