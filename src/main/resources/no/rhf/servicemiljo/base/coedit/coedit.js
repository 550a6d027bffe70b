// Co-edited text areas: the browser half of base.coedit (the server half is CoEditedField.java).
// Sent once per page by CoEditedField with executeJs; no npm package, no frontend build.
//
// Each field keeps the Jupiter protocol's client state: the text at the newest server version it knows,
// at most one edit sent and not yet confirmed ("outstanding"), and whatever was typed since (the
// difference between the text area and outstanding applied to the server text). A remote edit is
// transformed over both, so what was typed here stays where it was typed and the caret stays put. The
// operational transformation is the same as TextOperation.java's.
(function () {
    if (window.smCoedit) {
        return;
    }

    // --- edits: arrays of retain (n > 0), insert (string) and delete (-n) ---
    function retain(ops, n) {
        if (n <= 0) return;
        const l = ops.length - 1;
        if (l >= 0 && typeof ops[l] === 'number' && ops[l] > 0) ops[l] += n; else ops.push(n);
    }

    function insert(ops, s) {
        if (!s) return;
        const l = ops.length - 1;
        if (l >= 0 && typeof ops[l] === 'string') ops[l] += s;
        else if (l >= 0 && ops[l] < 0) {
            if (l > 0 && typeof ops[l - 1] === 'string') ops[l - 1] += s; else ops.splice(l, 0, s);
        } else ops.push(s);
    }

    function del(ops, n) {
        if (n <= 0) return;
        const l = ops.length - 1;
        if (l >= 0 && typeof ops[l] === 'number' && ops[l] < 0) ops[l] -= n; else ops.push(-n);
    }

    function apply(text, ops) {
        let out = '', at = 0;
        for (const p of ops) {
            if (typeof p === 'string') out += p;
            else if (p > 0) { out += text.substring(at, at + p); at += p; }
            else at -= p;
        }
        if (at !== text.length) throw new Error('An edit for another text');
        return out;
    }

    /** The edit that keeps a text of n characters as it is. */
    function keep(n) {
        return n > 0 ? [n] : [];
    }

    function noop(ops) {
        return ops.length === 0 || (ops.length === 1 && typeof ops[0] === 'number' && ops[0] > 0);
    }

    /** [a', b'] with b'(a(x)) = a'(b(x)); on inserts at the same place a's goes first (as in TextOperation.java). */
    function transform(a, b) {
        const ap = [], bp = [];
        let i = 0, j = 0, x = a[0], y = b[0];
        while (x !== undefined || y !== undefined) {
            if (typeof x === 'string') { insert(ap, x); retain(bp, x.length); x = a[++i]; continue; }
            if (typeof y === 'string') { retain(ap, y.length); insert(bp, y); y = b[++j]; continue; }
            if (x === undefined || y === undefined) throw new Error('Concurrent edits of different texts');
            const n = Math.min(Math.abs(x), Math.abs(y));
            if (x > 0 && y > 0) { retain(ap, n); retain(bp, n); }
            else if (x < 0 && y > 0) del(ap, n);
            else if (x > 0 && y < 0) del(bp, n);
            x = x > 0 ? x - n : x + n;
            y = y > 0 ? y - n : y + n;
            if (x === 0) x = a[++i];
            if (y === 0) y = b[++j];
        }
        return [ap, bp];
    }

    /** The single edit that does a, then b. */
    function compose(a, b) {
        const out = [];
        let i = 0, j = 0, x = a[0], y = b[0];
        while (x !== undefined || y !== undefined) {
            if (typeof x === 'number' && x < 0) { del(out, -x); x = a[++i]; continue; }
            if (typeof y === 'string') { insert(out, y); y = b[++j]; continue; }
            if (x === undefined || y === undefined) throw new Error('Edits that do not follow each other');
            const lx = typeof x === 'string' ? x.length : x;
            const ly = Math.abs(y);
            const n = Math.min(lx, ly);
            if (typeof x === 'string') { if (y > 0) insert(out, x.substring(0, n)); }
            else if (y > 0) retain(out, n); else del(out, n);
            x = typeof x === 'string' ? (n === lx ? a[++i] : x.substring(n)) : (n === lx ? a[++i] : x - n);
            y = n === ly ? b[++j] : (y > 0 ? y - n : y + n);
        }
        return out;
    }

    /** The edit from before to after; the caret (in after) places an ambiguous insert where it was typed. */
    function diff(before, after, caret) {
        let p = 0;
        const max = Math.min(before.length, after.length);
        while (p < max && before[p] === after[p]) p++;
        if (caret != null && after.length > before.length) p = Math.min(p, Math.max(0, caret - (after.length - before.length)));
        let s = 0;
        while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
        const ops = [];
        retain(ops, p);
        insert(ops, after.substring(p, after.length - s));
        del(ops, before.length - p - s);
        retain(ops, s);
        return ops;
    }

    /** Where a position in the old text is in the new one; an insert exactly there pushes it only when asked. */
    function moveIndex(index, ops, pushedByInsert) {
        let at = 0, shift = 0;
        for (const p of ops) {
            if (at > index) break;
            if (typeof p === 'string') { if (at < index || pushedByInsert) shift += p.length; }
            else if (p > 0) at += p;
            else { shift -= Math.max(0, Math.min(-p, index - at)); at -= p; }
        }
        return index + shift;
    }

    /** Where an edit leaves its author's caret: after its last insert, or where it last deleted. */
    function endOf(ops) {
        let at = 0, end = null;
        for (const p of ops) {
            if (typeof p === 'string') { at += p.length; end = at; }
            else if (p > 0) at += p;
            else end = at;
        }
        return end;
    }

    // --- the connection, for everyone on the page ---
    const fields = new Set();
    let banner;
    let texts = {};
    /**
     * When each text (by storage key) was last recovered in this tab: a field drawn again, or the page loaded again
     * right after (as a reconnecting page may do), keeps the notice for its 30 seconds.
     */
    const recovered = {
        get(key) { try { return Number(sessionStorage.getItem('sm-recovered:' + key)) || 0; } catch (e) { return 0; } },
        set(key, at) { try { sessionStorage.setItem('sm-recovered:' + key, String(at)); } catch (e) { /* private mode */ } }
    };

    // The banner is an assertive live region that exists (empty, with no size) from the start: screen
    // readers announce a change of text in a region they already know, not always one that appears at once.
    function ensureBanner() {
        if (!banner) {
            banner = document.createElement('div');
            banner.className = 'sm-connection-banner';
            banner.setAttribute('role', 'alert');
            banner.setAttribute('aria-live', 'assertive');
            banner.setAttribute('aria-atomic', 'true');
            banner.id = 'sm-connection-banner';
            document.body.appendChild(banner);
        }
        return banner;
    }

    function showBanner(text) {
        ensureBanner().textContent = text || '';
    }

    function connectionChanged(state) {
        const lost = state === 'reconnecting' || state === 'connection-lost';
        showBanner(lost ? texts.offline : '');
        fields.forEach(f => f.showPending());
    }

    function watchConnection() {
        ensureBanner();
        const store = window.Vaadin && window.Vaadin.connectionState;
        if (store && store.addStateChangeListener) {
            store.addStateChangeListener((previous, next) => connectionChanged(next));
        }
        window.addEventListener('offline', () => connectionChanged('connection-lost'));
        window.addEventListener('online', () => connectionChanged('connected'));
    }

    // --- one co-edited field ---
    // Invariant: the text area shows buffer(out(text)); text is the server's at version. No edit is ever
    // empty for a non-empty text: keeping n characters is [n], so edits of one text always have its length.
    class Field {
        constructor(host, init) {
            this.host = host;
            this.key = init.key;
            this.storageKey = 'sm-coedit:' + init.user + ':' + init.key;
            this.origin = init.origin;
            this.seq = 0;
            this.version = init.version;
            this.text = init.text;
            this.out = null;
            this.buffer = keep(init.text.length);
            this.queue = new Map();
            this.carets = new Map();
            this.bars = new Map(); // each drawn caret's bar, by its page
            this.sentAt = 0;
            this.area = host.querySelector('textarea');
            this.recovering = null;
            this.restore(init);
            this.area.addEventListener('input', () => this.typed());
            ['keyup', 'mouseup', 'select', 'focus'].forEach(e => this.area.addEventListener(e, () => this.caretMoved()));
            this.area.addEventListener('focus', () => this.tell('focus', {}));
            this.area.addEventListener('blur', () => this.tell('blur', {}));
            this.area.addEventListener('scroll', () => this.drawCarets());
            window.addEventListener('resize', () => this.drawCarets());
            fields.add(this);
        }

        /** A page opened after a lost connection or a restart: what was not saved here is merged in again. */
        restore(init) {
            let saved = null;
            try { saved = JSON.parse(localStorage.getItem(this.storageKey)); } catch (e) { saved = null; }
            if (saved && saved.version <= init.version && init.editable && (saved.out || !noop(saved.buffer || []))) {
                this.version = saved.version;
                this.text = saved.text;
                this.out = saved.out; // maybe stored before the connection was lost, maybe not: the catch-up tells
                this.buffer = saved.buffer || keep(saved.local.length);
                this.show(saved.local);
                this.recovering = init.version;
                this.keepRecoveredNotice();
                this.tell('catchup', {from: saved.version});
            } else {
                if (init.editable) localStorage.removeItem(this.storageKey);
                this.show(init.text);
                const at = recovered.get(this.storageKey);
                if (at && Date.now() - at < 30000) { // the same text, recovered a moment ago in a field drawn again
                    this.recoveredAt = at;
                    this.keepRecoveredNotice();
                }
            }
        }

        recoveryShowing() {
            return this.recovering !== null || (this.recoveredAt && Date.now() - this.recoveredAt < 30000);
        }

        /** Shows the recovered-text notice while it applies, even if the field's own helper text is sent again meanwhile. */
        keepRecoveredNotice() {
            this.host.helperText = texts.recovered;
            const notice = setInterval(() => {
                if (!this.recoveryShowing()) {
                    clearInterval(notice);
                    this.showPending();
                } else if (this.host.helperText !== texts.recovered) {
                    this.host.helperText = texts.recovered;
                }
            }, 250);
        }

        show(value) {
            this.area.value = value;
            this.host.value = value;
            this.lastValue = value;
        }

        /**
         * Tells the server one thing about this field (an edit, a catch-up, the caret, focus or blur), all through
         * one event, so that the server keeps one listener per field and gets them in the order they happened.
         */
        tell(kind, detail) {
            detail.kind = kind;
            this.host.dispatchEvent(new CustomEvent('sm-coedit', {detail}));
        }

        /** Folds what was typed since the last look into the buffer. */
        typed() {
            const value = this.area.value;
            if (value === this.lastValue) return;
            this.typedAt = Date.now();
            const change = diff(this.lastValue, value, this.area.selectionEnd);
            this.buffer = compose(this.buffer, change);
            this.carets.forEach(c => { c.start = moveIndex(c.start, change, false); c.end = moveIndex(c.end, change, false); });
            this.lastValue = value;
            this.host.value = value;
            this.held = false;
            this.flush();
            this.persist();
            this.drawCarets();
        }

        /** Sends what was typed since the last confirmed edit, one edit at a time. */
        flush() {
            if (this.out || this.recovering !== null || this.held || noop(this.buffer)) return;
            this.out = {op: this.buffer, origin: this.origin, seq: ++this.seq};
            this.buffer = keep(this.area.value.length);
            this.send();
        }

        send() {
            this.sentAt = Date.now();
            this.tell('edit', {version: this.version, op: JSON.stringify(this.out.op), origin: this.out.origin, seq: this.out.seq});
            setTimeout(() => this.showPending(), 2000);
        }

        /** A caret moved without typing (typing moves it in everyone's view through the edit itself). */
        caretMoved() {
            if (this.caretTimer || Date.now() - (this.typedAt || 0) < 300) return;
            this.caretTimer = setTimeout(() => {
                this.caretTimer = null;
                if (document.activeElement === this.area) {
                    this.tell('caret', {start: this.area.selectionStart, end: this.area.selectionEnd});
                }
            }, 150);
        }

        /** Edits from the server, in version order: the others' and the confirmation of one's own. */
        receive(edits) {
            this.typed();
            edits.forEach(e => { if (e.version > this.version) this.queue.set(e.version, e); });
            while (this.queue.has(this.version + 1)) {
                const e = this.queue.get(this.version + 1);
                this.queue.delete(e.version);
                this.process(e);
            }
            if (this.recovering !== null && this.version >= this.recovering) {
                this.recovering = null;
                this.recoveredAt = Date.now(); // the notice stays a while, so that it can be read
                recovered.set(this.storageKey, this.recoveredAt);
                setTimeout(() => this.showPending(), 30000);
                if (this.out) this.send(); // it never reached the server (if it did, its confirmation comes later)
                else this.flush();
            }
            this.persist();
            this.showPending();
        }

        process(e) {
            const op = JSON.parse(e.op);
            this.text = apply(this.text, op);
            this.version = e.version;
            if (this.out && e.origin === this.out.origin && e.seq === this.out.seq) {
                this.out = null;
                this.flush();
                return;
            }
            let remote = op;
            if (this.out) {
                const [outPrime, remotePrime] = transform(this.out.op, remote);
                this.out.op = outPrime;
                remote = remotePrime;
            }
            const [bufferPrime, onScreen] = transform(this.buffer, remote);
            this.buffer = bufferPrime;
            const value = this.area.value;
            const start = this.area.selectionStart, end = this.area.selectionEnd;
            const next = apply(value, onScreen);
            if (next !== value) {
                this.area.value = next;
                this.host.value = next;
                if (document.activeElement === this.area) {
                    this.area.setSelectionRange(moveIndex(start, onScreen, false), moveIndex(end, onScreen, false));
                }
            }
            this.lastValue = next;
            this.carets.forEach(c => { c.start = moveIndex(c.start, onScreen, true); c.end = moveIndex(c.end, onScreen, true); });
            const author = this.carets.get(e.origin), authorAt = endOf(onScreen);
            if (author && authorAt !== null) { author.start = authorAt; author.end = authorAt; }
            this.drawCarets();
            // Setting value fires no input event: this one tells whoever listens on the page (announcements, tests).
            this.host.dispatchEvent(new CustomEvent('sm-remote-change', {detail: {version: e.version}}));
        }

        /**
         * The server refused the edit in flight (the text would be too long, the assessment is no longer open for
         * changes). What was typed stays on screen and in this browser, unsent, until the next key; only a text
         * this page can no longer follow is reloaded from the server (its unsent part stays stored for recovery).
         */
        rejected(message, reset, text, version) {
            this.host.errorMessage = message;
            this.host.invalid = true;
            if (reset) {
                this.persist();
                this.out = null;
                this.queue.clear();
                this.recovering = null;
                this.text = text;
                this.version = version;
                this.buffer = keep(text.length);
                this.show(text);
                return;
            }
            if (this.out) {
                this.buffer = compose(this.out.op, this.buffer);
                this.out = null;
            }
            this.held = true;
            this.persist();
        }

        persist() {
            if (this.out || !noop(this.buffer)) {
                localStorage.setItem(this.storageKey, JSON.stringify({version: this.version, text: this.text, out: this.out,
                    buffer: this.buffer, local: this.area.value, at: Date.now()}));
            } else {
                localStorage.removeItem(this.storageKey);
            }
        }

        showPending() {
            const late = this.out && Date.now() - this.sentAt > 1500;
            if (this.recoveryShowing()) {
                this.host.helperText = texts.recovered;
            } else if (late) {
                this.host.helperText = texts.unsaved;
            } else if (this.host.helperText === texts.unsaved || this.host.helperText === texts.recovered) {
                this.host.helperText = '';
            }
        }

        caret(id, caret) {
            if (caret) this.carets.set(id, caret); else this.carets.delete(id);
            this.drawCarets();
        }

        /**
         * Draws the others' carets at the next frame, once however many edits arrived before it: placing a caret
         * measures the text's layout, which the browser would otherwise redo for every edit of every reader.
         */
        drawCarets() {
            if (this.caretFrame) return;
            this.caretFrame = requestAnimationFrame(() => {
                this.caretFrame = null;
                this.paintCarets();
            });
        }

        /**
         * The others' carets: a bar in their colour with their name, measured with a mirror of the text area. All
         * measuring comes before any drawing, the mirror and the bars are layout-contained (styles.css), and a bar
         * moves by a transform, so one frame costs one small layout and no repaint of the page.
         */
        paintCarets() {
            if (!this.host.isConnected) {
                if (this.layer) { this.layer.remove(); this.mirror.remove(); }
                fields.delete(this);
                return;
            }
            if (this.carets.size === 0) {
                if (this.layer) this.layer.replaceChildren();
                this.bars.clear();
                return;
            }
            if (!this.layer) {
                this.layer = document.createElement('div');
                this.layer.className = 'sm-caret-layer';
                this.layer.setAttribute('aria-hidden', 'true');
                this.mirror = document.createElement('div');
                this.mirror.className = 'sm-caret-mirror';
                document.body.append(this.layer, this.mirror);
            }
            const box = this.area.getBoundingClientRect();
            const width = this.area.clientWidth;
            const style = getComputedStyle(this.area); // read after the layout above: no extra work
            const copied = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'paddingTop', 'paddingLeft',
                'paddingRight', 'paddingBottom', 'tabSize'];
            const look = width + '|' + copied.map(p => style[p]).join('|');
            if (look !== this.mirrorLook) { // written only when it changed: a write would make the mirror be laid out anew
                copied.forEach(p => this.mirror.style[p] = style[p]);
                this.mirror.style.width = width + 'px';
                this.mirrorLook = look;
            }
            const left = box.left + window.scrollX + this.area.clientLeft, top0 = box.top + window.scrollY + this.area.clientTop;
            const scrollTop = this.area.scrollTop;
            const value = this.area.value;
            const places = new Map();
            this.carets.forEach((c, id) => {
                const at = Math.max(0, Math.min(value.length, c.end));
                this.mirror.textContent = value.substring(0, at);
                const mark = document.createElement('span');
                mark.textContent = '\u200b';
                this.mirror.appendChild(mark);
                const top = mark.offsetTop - scrollTop;
                if (top >= 0 && top <= box.height - 4) {
                    places.set(id, {c, left: left + mark.offsetLeft, top: top0 + top, height: mark.offsetHeight || 18});
                }
            });
            // Each caret keeps its bar, moved by a transform (the compositor's work, no repaint of the page).
            this.bars.forEach((bar, id) => {
                if (!places.has(id)) { bar.remove(); this.bars.delete(id); }
            });
            places.forEach((p, id) => {
                let bar = this.bars.get(id);
                if (!bar) {
                    bar = document.createElement('div');
                    bar.className = 'sm-caret';
                    bar.appendChild(document.createElement('span')).className = 'sm-caret-name';
                    this.layer.appendChild(bar);
                    this.bars.set(id, bar);
                }
                const label = bar.firstChild, colour = userColour(p.c.colorIndex);
                if (label.textContent !== p.c.name) label.textContent = p.c.name;
                if (bar.dataset.colour !== colour) {
                    bar.dataset.colour = colour;
                    bar.style.borderColor = colour;
                    label.style.background = colour;
                }
                bar.style.transform = `translate(${p.left}px, ${p.top}px)`;
                if (bar.style.height !== p.height + 'px') bar.style.height = p.height + 'px';
            });
        }
    }

    /**
     * A collaboration colour by its index, looked up once it is defined (reading a custom property makes the
     * browser bring styles up to date); until the page has it, the same palette from here.
     */
    const colours = [];
    function userColour(index) {
        if (colours[index] === undefined) {
            const defined = getComputedStyle(document.documentElement).getPropertyValue('--vaadin-user-color-' + index).trim();
            if (!defined) return ['#df0b92', '#650acc', '#097faa', '#ad6200', '#bf16f3', '#6c7500', '#0bdae0'][index % 7];
            colours[index] = defined;
        }
        return colours[index];
    }

    window.smCoedit = {
        texts(t) { texts = t; },
        init(host, init) { host.smCoedit = new Field(host, init); },
        receive(host, edits) { if (host.smCoedit) host.smCoedit.receive(edits); },
        rejected(host, message, reset, text, version) { if (host.smCoedit) host.smCoedit.rejected(message, reset, text, version); },
        caret(host, id, caret) { if (host.smCoedit) host.smCoedit.caret(id, caret); },
        transform, compose, apply, diff, moveIndex
    };
    watchConnection();
})();
