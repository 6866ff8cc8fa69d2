extension LivePages {
    /// The host page's script: shows the lobby, each question, the answers once it closes and the podium, and
    /// sends the host's commands. Space moves on. Texts from the server go in with `textContent`.
    static let hostScript = #"""
    "use strict";
    const TEXT = {
      en: { start: "Start (space)", closeQuestion: "Close question (space)", nextQuestion: "Next question (space)",
        finish: "Finish (space)", pause: "Pause", resume: "Resume", extend: "+15 s", end: "End quiz",
        endConfirm: "End the quiz for everyone?", results: "Results", remove: "Remove %1", joined: "%1 joined",
        answered: "%1 of %2 answered", joinAt: "Join at", pin: "PIN", answerIs: "Right answer", noAnswer: "No answer",
        right: "✓ right", correct: "✓ Right", partly: "Partly right", wrong: "Not right", podium: "Top players",
        ended: "The quiz has ended.", paused: "Paused", secondsLeft: "%1 s left", progress: "Question %1 of %2",
        reconnecting: "Connection lost. Reconnecting…", qr: "QR code to join" },
      lv: { start: "Sākt (atstarpe)", closeQuestion: "Slēgt jautājumu (atstarpe)", nextQuestion: "Nākamais jautājums (atstarpe)",
        finish: "Pabeigt (atstarpe)", pause: "Pauze", resume: "Turpināt", extend: "+15 s", end: "Beigt testu",
        endConfirm: "Beigt testu visiem?", results: "Rezultāti", remove: "Izņemt %1", joined: "Pievienojušies: %1",
        answered: "Atbildes: %1 no %2", joinAt: "Pievienojieties adresē", pin: "PIN kods", answerIs: "Pareizā atbilde",
        noAnswer: "Nav atbildes", right: "✓ pareizi", correct: "✓ Pareizi", partly: "Daļēji pareizi", wrong: "Nepareizi",
        podium: "Labākie spēlētāji", ended: "Tests ir beidzies.", paused: "Pauze", secondsLeft: "Vēl %1 s",
        progress: "Jautājums %1 no %2", reconnecting: "Savienojums pārtrūka. Savienojas no jauna…", qr: "QR kods pievienošanai" },
      tr: { start: "Başlat (boşluk)", closeQuestion: "Soruyu kapat (boşluk)", nextQuestion: "Sonraki soru (boşluk)",
        finish: "Bitir (boşluk)", pause: "Duraklat", resume: "Devam et", extend: "+15 sn", end: "Sınavı bitir",
        endConfirm: "Sınav herkes için bitirilsin mi?", results: "Sonuçlar", remove: "%1 adlı oyuncuyu çıkar",
        joined: "Katılan: %1", answered: "%2 kişiden %1 cevapladı", joinAt: "Katılmak için", pin: "PIN",
        answerIs: "Doğru cevap", noAnswer: "Cevap yok", right: "✓ doğru", correct: "✓ Doğru", partly: "Kısmen doğru",
        wrong: "Yanlış", podium: "En iyi oyuncular", ended: "Sınav bitti.", paused: "Duraklatıldı",
        secondsLeft: "%1 sn kaldı", progress: "Soru %1 / %2", reconnecting: "Bağlantı koptu. Yeniden bağlanılıyor…",
        qr: "Katılmak için QR kodu" }
    };
    const app = document.getElementById("app");
    const screen = document.getElementById("screen");
    const controls = document.getElementById("controls");
    const statusLine = document.getElementById("status");
    const key = new URLSearchParams(location.search).get("key") || "";
    const lang = TEXT[document.documentElement.lang] ? document.documentElement.lang : "en";
    let socket = null, view = null, timerId = 0;

    function t(name) { return TEXT[lang][name]; }
    \#(scriptHelpers)
    function send(type, extra) { socket.send(JSON.stringify(Object.assign({ type }, extra || {}))); }

    function connect() {
      socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/host?key=" + encodeURIComponent(key));
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === "host") { view = message.view; statusLine.textContent = ""; render(); }
        if (message.type === "progress" && view) applyProgress(message);
      };
      socket.onclose = () => { statusLine.textContent = t("reconnecting"); setTimeout(connect, 1000); };
    }

    // Each answer while a question is open comes as a small delta, applied to the view the last "host" message gave.
    function applyProgress(message) {
      const player = view.players.find((p) => p.id === message.player);
      if (player) player.answered = true;
      view.answered = message.answered;
      const line = document.getElementById("answered");
      if (line) line.textContent = fill(t("answered"), message.answered, message.players);
    }

    function nextLabel() {
      if (!view) return null;
      if (view.screen === "lobby") return t("start");
      if (view.screen === "question" || view.screen === "paused") return t("closeQuestion");
      if (view.screen === "closed") return view.question.index + 1 < view.question.total ? t("nextQuestion") : t("finish");
      return null;
    }

    function renderControls() {
      const buttons = [];
      const next = nextLabel();
      if (next) buttons.push(el("button", { id: "next", textContent: next, onclick: () => send("next") }));
      if (view.screen === "question") buttons.push(el("button", { className: "secondary", textContent: t("pause"), onclick: () => send("pause") }));
      if (view.screen === "paused") buttons.push(el("button", { className: "secondary", textContent: t("resume"), onclick: () => send("resume") }));
      if ((view.screen === "question" || view.screen === "paused") && view.timer != null)
        buttons.push(el("button", { className: "secondary", textContent: t("extend"), onclick: () => send("extend", { seconds: 15 }) }));
      if (view.screen !== "ended")
        buttons.push(el("button", { className: "secondary", textContent: t("end"), onclick: () => { if (confirm(t("endConfirm"))) send("end"); } }));
      buttons.push(el("a", { href: "/results?key=" + encodeURIComponent(key), textContent: t("results") }));
      controls.replaceChildren(...buttons);
    }

    function joinBlock() {
      return el("div", { className: "join" },
        el("img", { src: "/host/qr.svg?key=" + encodeURIComponent(key), alt: t("qr") + ": " + app.dataset.join }),
        el("div", {}, el("p", { textContent: t("joinAt") }), el("p", {}, el("strong", { textContent: app.dataset.join })),
          el("p", { textContent: t("pin") }), el("p", { className: "pin", textContent: app.dataset.pin })));
    }

    function playerList() {
      const list = el("ul", { className: "players" });
      for (const player of view.players) {
        const remove = el("button", { className: "secondary", textContent: "✗", onclick: () => send("kick", { player: player.id }) });
        remove.setAttribute("aria-label", fill(t("remove"), player.name));
        list.append(el("li", {}, el("span", { textContent: player.name + " (" + player.language + ")" }), remove));
      }
      return list;
    }

    // True and false are shown as their words alone: T and F are English letters that Latvian and Turkish lack.
    function lettered(q, letter, text) { return q.kind === "truefalse" ? text : letter + ". " + text; }

    function distribution(d, q) {
      const most = Math.max(1, ...d.bars.map((b) => b.count), d.unanswered);
      const rows = d.bars.map((bar) => {
        const label = bar.text ? lettered(q, bar.label, bar.text) : t(bar.label);
        const fill = el("div", { className: "fill" });
        fill.style.width = (100 * bar.count / most) + "%";
        return el("div", { className: "bar" + (bar.isCorrect ? " right" : "") },
          el("span", {}, label, bar.isCorrect && bar.text ? el("strong", { textContent: " " + t("right") }) : ""), fill,
          el("span", { textContent: String(bar.count) }));
      });
      const none = el("div", { className: "fill" });
      none.style.width = (100 * d.unanswered / most) + "%";
      rows.push(el("div", { className: "bar" }, el("span", { textContent: t("noAnswer") }), none, el("span", { textContent: String(d.unanswered) })));
      return el("div", {}, ...rows);
    }

    function render() {
      clearInterval(timerId);
      const parts = [];
      const q = view.question;
      if (view.screen === "lobby") {
        parts.push(joinBlock(), el("h2", { textContent: fill(t("joined"), view.players.length) }), playerList());
      }
      if (q) {
        parts.push(el("p", { textContent: fill(t("progress"), q.index + 1, q.total) }), el("h2", { textContent: q.prompt }));
        if (q.kind === "match" || q.kind === "sort") parts.push(el("ol", {}, ...q.items.map((item) => el("li", { textContent: item }))));
        if (view.screen !== "closed") {
          parts.push(el("ul", {}, ...q.choices.map((choice, i) => el("li", { textContent: lettered(q, String.fromCharCode(65 + i), choice) }))));
          parts.push(el("p", { id: "answered", textContent: fill(t("answered"), view.answered, view.players.length) }));
          if (view.screen === "paused") parts.push(el("p", { className: "timer", textContent: t("paused") }));
          if (view.screen === "question" && view.remaining != null) {
            const node = el("p", { className: "timer" });
            const end = Date.now() + view.remaining * 1000;
            const tick = () => { node.textContent = fill(t("secondsLeft"), Math.max(0, Math.ceil((end - Date.now()) / 1000))); };
            tick();
            timerId = setInterval(tick, 1000);
            parts.push(node);
          }
          parts.push(joinBlock());
        } else {
          parts.push(distribution(view.distribution, q));
          parts.push(el("p", {}, el("strong", { textContent: t("answerIs") + ": " }), view.correctAnswer));
          if (view.explanation) parts.push(el("p", { textContent: view.explanation }));
        }
      }
      if (view.screen === "ended") parts.push(el("h2", { textContent: t("ended") }));
      if (view.podium.length > 0) {
        parts.push(el("h2", { textContent: t("podium") }),
          el("ol", {}, ...view.podium.map((p) => el("li", { textContent: p.name + ": " + p.points }))));
      }
      if (view.screen !== "lobby" && view.screen !== "ended") parts.push(el("details", {}, el("summary", { textContent: fill(t("joined"), view.players.length) }), playerList()));
      screen.replaceChildren(...parts);
      renderControls();
    }

    document.addEventListener("keydown", (event) => {
      if (event.key !== " " || !view) return;
      const target = event.target;
      if (target.closest && target.closest("button, a, input, select, textarea, summary")) return;
      event.preventDefault();
      if (nextLabel()) send("next");
    });
    connect();
    """#
}
