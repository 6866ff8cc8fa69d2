extension LivePages {
    /// The player page's script: joins with the PIN, a name and a language, keeps the player's token in the
    /// page's storage to rejoin after a reload or a lost connection, and shows one screen at a time. Texts from
    /// the server go in with `textContent`, never as HTML.
    static let playerScript = #"""
    "use strict";
    const TEXT = {
      en: { join: "Join the quiz", pin: "PIN", name: "Nickname or participant key", language: "Language",
        joinButton: "Join", waiting: "You are in. Wait for the first question.", progress: "Question %1 of %2",
        send: "Send answer", sent: "Answer sent. Wait for the question to close.", yourAnswer: "Your answer",
        single: "Choose one.", multiple: "Choose all that apply.", truefalse: "True or false?",
        numeric: "Type a number.", short: "Type your answer.", order: "Put the items in order with the buttons, first at the top.",
        match: "Choose the match of each item.", sort: "Choose the group of each item.", choose: "— choose —",
        up: "Move up", down: "Move down", correct: "✓ Right", partly: "◐ Partly right", wrong: "✗ Not right",
        skipped: "– No answer", answerIs: "Right answer", points: "Points", paused: "The host paused the question.",
        ended: "The quiz has ended. Thank you!", score: "Your score", kicked: "The host removed you from the game.",
        secondsLeft: "%1 s left", reconnecting: "Connection lost. Reconnecting…", percent: "%1 %",
        errors: { nameTaken: "This nickname is taken: pick another.", nameEmpty: "Type a nickname.",
          nameTooLong: "A nickname is at most 24 characters.", nameRemoved: "The host removed this nickname.",
          wrongPIN: "Wrong PIN.", notOpen: "The question has closed.", alreadyAnswered: "You have already answered.",
          ended: "The quiz has ended.", full: "The game is full.", badAnswer: "Answer every part first.",
          badNumber: "Type a number, such as 12 or 2.5.", unknownPlayer: "This is a new quiz. Join it with its PIN.",
          other: "Something went wrong. Try again." } },
      lv: { join: "Pievienoties testam", pin: "PIN kods", name: "Segvārds vai dalībnieka kods", language: "Valoda",
        joinButton: "Pievienoties", waiting: "Jūs esat spēlē. Gaidiet pirmo jautājumu.", progress: "Jautājums %1 no %2",
        send: "Sūtīt atbildi", sent: "Atbilde nosūtīta. Gaidiet, līdz jautājums tiks slēgts.", yourAnswer: "Jūsu atbilde",
        single: "Izvēlieties vienu.", multiple: "Izvēlieties visas atbilstošās atbildes.", truefalse: "Patiesi vai nepatiesi?",
        numeric: "Ierakstiet skaitli.", short: "Ierakstiet atbildi.", order: "Sakārtojiet ar pogām: pirmais augšā.",
        match: "Katram vienumam izvēlieties atbilstošo.", sort: "Katram vienumam izvēlieties grupu.", choose: "— izvēlieties —",
        up: "Pārvietot augstāk", down: "Pārvietot zemāk", correct: "✓ Pareizi", partly: "◐ Daļēji pareizi", wrong: "✗ Nepareizi",
        skipped: "– Nav atbildes", answerIs: "Pareizā atbilde", points: "Punkti", paused: "Vadītājs uz brīdi apturēja jautājumu.",
        ended: "Tests ir beidzies. Paldies!", score: "Jūsu rezultāts", kicked: "Vadītājs jūs izņēma no spēles.",
        secondsLeft: "Vēl %1 s", reconnecting: "Savienojums pārtrūka. Savienojas no jauna…", percent: "%1 %",
        errors: { nameTaken: "Šis segvārds jau ir aizņemts: izvēlieties citu.", nameEmpty: "Ierakstiet segvārdu.",
          nameTooLong: "Segvārdā var būt ne vairāk kā 24 rakstzīmes.", nameRemoved: "Vadītājs izņēma šo segvārdu.",
          wrongPIN: "Nepareizs PIN kods.", notOpen: "Jautājums ir slēgts.", alreadyAnswered: "Jūs jau atbildējāt.",
          ended: "Tests ir beidzies.", full: "Spēlē vairs nav brīvu vietu.", badAnswer: "Vispirms atbildiet uz visām daļām.",
          badNumber: "Ierakstiet skaitli, piemēram, 12 vai 2,5.", unknownPlayer: "Šis ir jauns tests. Pievienojieties tam ar tā PIN kodu.",
          other: "Kaut kas nogāja greizi. Mēģiniet vēlreiz." } },
      tr: { join: "Sınava katıl", pin: "PIN", name: "Takma ad veya katılımcı kodu", language: "Dil",
        joinButton: "Katıl", waiting: "Oyundasınız. İlk soruyu bekleyin.", progress: "Soru %1 / %2",
        send: "Cevabı gönder", sent: "Cevap gönderildi. Sorunun kapanmasını bekleyin.", yourAnswer: "Cevabınız",
        single: "Birini seçin.", multiple: "Uygun olanların hepsini seçin.", truefalse: "Doğru mu, yanlış mı?",
        numeric: "Bir sayı yazın.", short: "Cevabınızı yazın.", order: "Düğmelerle sıralayın; ilki en üstte.",
        match: "Her öğenin eşini seçin.", sort: "Her öğenin grubunu seçin.", choose: "— seçin —",
        up: "Yukarı taşı", down: "Aşağı taşı", correct: "✓ Doğru", partly: "◐ Kısmen doğru", wrong: "✗ Yanlış",
        skipped: "– Cevap yok", answerIs: "Doğru cevap", points: "Puan", paused: "Eğitmen soruyu duraklattı.",
        ended: "Sınav bitti. Teşekkürler!", score: "Puanınız", kicked: "Eğitmen sizi oyundan çıkardı.",
        secondsLeft: "%1 saniye kaldı", reconnecting: "Bağlantı koptu. Yeniden bağlanılıyor…", percent: "%%1",
        errors: { nameTaken: "Bu takma ad alınmış: başka bir tane seçin.", nameEmpty: "Bir takma ad yazın.",
          nameTooLong: "Takma ad en fazla 24 karakter olabilir.", nameRemoved: "Eğitmen bu takma adı çıkardı.",
          wrongPIN: "Yanlış PIN.", notOpen: "Soru kapandı.", alreadyAnswered: "Zaten cevap verdiniz.",
          ended: "Sınav bitti.", full: "Oyun dolu.", badAnswer: "Önce her bölümü cevaplayın.",
          badNumber: "12 ya da 2,5 gibi bir sayı yazın.", unknownPlayer: "Bu yeni bir sınav. PIN ile katılın.",
          other: "Bir şeyler ters gitti. Yeniden deneyin." } }
    };
    const NAMES = { en: "English", lv: "Latviešu", tr: "Türkçe" };
    const app = document.getElementById("app");
    const screen = document.getElementById("screen");
    const statusLine = document.getElementById("status");
    const languages = app.dataset.languages.split(" ").filter((l) => TEXT[l]);
    const params = new URLSearchParams(location.search);
    const storageKey = "ecolearn-live-token";
    let lang = languages.includes(document.documentElement.lang) ? document.documentElement.lang : languages[0] || "en";
    let socket = null, view = null, shownKey = "", timerEnd = 0, timerId = 0;

    function t(key) { return TEXT[lang][key]; }
    \#(scriptHelpers)
    function letter(i) { return String.fromCharCode(65 + i); }
    function say(text, isError) { statusLine.textContent = text; statusLine.className = isError ? "status error" : "status"; }
    function setLanguage(l) { lang = l; document.documentElement.lang = l; }

    function connect() {
      socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/play");
      socket.onopen = () => {
        const token = localStorage.getItem(storageKey);
        if (token) socket.send(JSON.stringify({ type: "rejoin", token }));
        else if (!view) showJoin();
        if (statusLine.textContent === t("reconnecting")) say("");
      };
      socket.onmessage = (event) => receive(JSON.parse(event.data));
      socket.onclose = () => {
        if (view && (view.screen === "ended" || view.screen === "kicked")) return;
        say(t("reconnecting"));
        setTimeout(connect, 1000);
      };
    }

    function receive(message) {
      if (message.type === "joined") { localStorage.setItem(storageKey, message.token); return; }
      if (message.type === "error") {
        if (message.code === "kicked") { localStorage.removeItem(storageKey); view = { screen: "kicked" }; render(); return; }
        if (message.code === "alreadyJoined") return;
        if (message.code === "unknownPlayer") { localStorage.removeItem(storageKey); if (!view) showJoin(); }
        const errors = t("errors");
        const numeric = message.code === "badAnswer" && view && view.question && view.question.kind === "numeric";
        const code = message.code === "otherQuestion" ? "notOpen" : message.code;
        say(numeric ? errors.badNumber : errors[code] || errors.other, true);
        return;
      }
      if (message.type === "view") { view = message.view; setLanguage(view.language); render(); }
      if (message.type === "accepted" && view && view.question && view.question.index === message.question) {
        view.answer = message.answer;
        view.remaining = message.remaining ?? null;
        view.points = message.points ?? null;
        render();
      }
    }

    function showJoin() {
      shownKey = "join";
      document.getElementById("title").textContent = t("join");
      const pin = el("input", { id: "pin", name: "pin", inputMode: "numeric", autocomplete: "off", required: true, value: params.get("pin") || "" });
      const name = el("input", { id: "name", name: "name", maxLength: 24, autocomplete: "nickname", required: true });
      const select = el("select", { id: "language", name: "language" });
      for (const l of languages) select.append(el("option", { value: l, textContent: NAMES[l] || l, selected: l === lang }));
      select.onchange = () => { setLanguage(select.value); showJoin(); };
      const form = el("form", {},
        el("label", { htmlFor: "pin", textContent: t("pin") }), pin,
        el("label", { htmlFor: "name", textContent: t("name") }), name,
        el("label", { htmlFor: "language", textContent: t("language") }), select,
        el("p", {}, el("button", { type: "submit", textContent: t("joinButton") })));
      form.onsubmit = (event) => {
        event.preventDefault();
        socket.send(JSON.stringify({ type: "join", pin: pin.value, name: name.value, language: select.value }));
      };
      screen.replaceChildren(form);
      (pin.value ? name : pin).focus();
    }

    function render() {
      clearInterval(timerId);
      const q = view.question;
      const key = view.screen + (q ? ":" + q.index : "") + ":" + (view.answer || "");
      if (key === shownKey) return;
      shownKey = key;
      const parts = [];
      if (view.screen === "lobby") parts.push(el("p", { textContent: t("waiting") }));
      if (view.screen === "kicked") parts.push(el("p", { className: "error", textContent: t("kicked") }));
      if (view.screen === "ended") {
        parts.push(el("h2", { textContent: t("ended"), tabIndex: -1 }));
        parts.push(el("p", { textContent: t("score") + ": " + fill(t("percent"), Math.round(view.percent)) }));
      }
      if (q) {
        parts.push(el("p", { textContent: fill(t("progress"), q.index + 1, q.total) }));
        parts.push(el("h2", { id: "prompt", textContent: q.prompt, tabIndex: -1 }));
        if (view.screen === "question" && view.answer == null) parts.push(answerForm(q));
        else if (view.answer != null) parts.push(el("p", {}, el("strong", { textContent: t("yourAnswer") + ": " }), answerText(q, view.answer)));
        if (view.screen === "question" && view.answer != null) parts.push(el("p", { textContent: t("sent") }));
        if (view.screen === "paused") parts.push(el("p", { textContent: t("paused") }));
        if (view.screen === "closed" && view.feedback) parts.push(...feedback(view.feedback));
        if (view.screen === "question" && view.remaining != null) parts.push(timer(view.remaining));
      }
      if (view.points != null) parts.push(el("p", { textContent: t("points") + ": " + view.points }));
      document.getElementById("title").textContent = view.title || document.title;
      screen.replaceChildren(...parts);
      const focus = screen.querySelector("h2");
      if (focus) focus.focus();
    }

    function timer(seconds) {
      const node = el("p", { className: "timer" });
      node.setAttribute("aria-hidden", "true");
      timerEnd = Date.now() + seconds * 1000;
      const tick = () => { node.textContent = fill(t("secondsLeft"), Math.max(0, Math.ceil((timerEnd - Date.now()) / 1000))); };
      tick();
      timerId = setInterval(tick, 1000);
      return node;
    }

    function answerText(q, cell) {
      if (q.kind === "single" || q.kind === "multiple") return cell.split("").map((c) => c + " " + (q.choices[c.charCodeAt(0) - 65] || "")).join("; ");
      if (q.kind === "truefalse") return cell === "T" ? q.choices[0] : q.choices[1];
      if (q.kind === "order") return cell.split("").map((c) => q.choices[c.charCodeAt(0) - 65]).join(" → ");
      if (q.kind === "match" || q.kind === "sort") return q.items.map((item, i) => item + " → " + (q.choices[cell.charCodeAt(i) - 65] || "–")).join("; ");
      return cell;
    }

    function feedback(f) {
      const nodes = [el("p", { className: "verdict " + f.verdict, textContent: t(f.verdict) })];
      if (f.verdict !== "correct") nodes.push(el("p", {}, el("strong", { textContent: t("answerIs") + ": " }), f.correctAnswer));
      for (const note of f.chosenFeedback) nodes.push(el("p", { textContent: note }));
      if (f.explanation) nodes.push(el("p", { textContent: f.explanation }));
      return nodes;
    }

    function choiceList(q, type, texts, letters) {
      const fieldset = el("fieldset", {}, el("legend", { textContent: t(q.kind) }));
      texts.forEach((text, i) => {
        const id = "c" + i;
        const input = el("input", { type, name: "choice", id, value: letters[i] });
        // True and false are words enough: their T and F are English letters that Latvian and Turkish lack.
        const letterMark = q.kind === "truefalse" ? "" : el("span", { className: "letter", textContent: letters[i] + ". " });
        fieldset.append(el("div", { className: "choice" }, input, el("label", { htmlFor: id }, letterMark, text)));
      });
      return fieldset;
    }

    function answerForm(q) {
      const form = el("form", {});
      form.dataset.kind = q.kind;
      let read;
      if (q.kind === "single" || q.kind === "multiple" || q.kind === "truefalse") {
        const letters = q.kind === "truefalse" ? ["T", "F"] : q.choices.map((_, i) => letter(i));
        form.append(choiceList(q, q.kind === "multiple" ? "checkbox" : "radio", q.choices, letters));
        read = () => Array.from(form.querySelectorAll("input:checked")).map((i) => i.value).join("");
      } else if (q.kind === "numeric" || q.kind === "short") {
        const label = q.kind === "numeric" && q.unit ? t("numeric") + " (" + q.unit + ")" : t(q.kind);
        const input = el("input", { id: "typed", type: "text", autocomplete: "off", maxLength: 200,
          inputMode: q.kind === "numeric" ? "decimal" : "text" });
        form.append(el("label", { htmlFor: "typed", textContent: label }), input);
        read = () => input.value.trim();
      } else if (q.kind === "order") {
        const list = el("ol", { className: "order" });
        const items = q.choices.map((text, i) => ({ text, letter: letter(i) }));
        const draw = (focusIndex, focusClass) => {
          list.replaceChildren(...items.map((item, i) => {
            const up = el("button", { type: "button", className: "secondary up", textContent: "↑", disabled: i === 0 });
            const down = el("button", { type: "button", className: "secondary down", textContent: "↓", disabled: i === items.length - 1 });
            up.setAttribute("aria-label", t("up") + ": " + item.text);
            down.setAttribute("aria-label", t("down") + ": " + item.text);
            up.onclick = () => { [items[i - 1], items[i]] = [items[i], items[i - 1]]; draw(i - 1, "up"); };
            down.onclick = () => { [items[i + 1], items[i]] = [items[i], items[i + 1]]; draw(i + 1, "down"); };
            return el("li", {}, el("span", { textContent: (i + 1) + ". " + item.text }), up, down);
          }));
          if (focusIndex != null) {
            const button = list.children[focusIndex].querySelector("." + focusClass);
            (button.disabled ? list.children[focusIndex].querySelector("button:not(:disabled)") : button).focus();
          }
        };
        draw();
        form.append(el("p", { textContent: t("order") }), list);
        read = () => items.map((item) => item.letter).join("");
      } else {
        const selects = q.items.map((item, i) => {
          const select = el("select", { id: "item" + i });
          select.append(el("option", { value: "-", textContent: t("choose") }));
          q.choices.forEach((choice, c) => select.append(el("option", { value: letter(c), textContent: letter(c) + ". " + choice })));
          form.append(el("label", { htmlFor: "item" + i, textContent: item }), select);
          return select;
        });
        form.prepend(el("p", { textContent: t(q.kind) }));
        read = () => selects.map((s) => s.value).join("");
      }
      form.append(el("p", {}, el("button", { type: "submit", textContent: t("send") })));
      form.onsubmit = (event) => {
        event.preventDefault();
        const cell = read();
        const incomplete = cell === "" || ((q.kind === "match" || q.kind === "sort") && cell.includes("-"));
        if (incomplete) { say(t("errors").badAnswer, true); return; }
        say("");
        socket.send(JSON.stringify({ type: "answer", question: q.index, cell }));
      };
      return form;
    }

    setLanguage(lang);
    connect();
    """#
}
