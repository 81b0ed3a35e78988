// Presseschau's keyboard shortcuts, the theme switch and the no-reload "Merken" buttons. Everything here has a
// plain-HTML counterpart (links and forms), so the reader works without it.
(function () {
    'use strict';

    var THEME_KEY = 'presseschau-theme';
    var SHORTCUTS = [
        ['j', 'nächster Artikel'],
        ['k', 'vorheriger Artikel'],
        ['o oder Enter', 'Artikel öffnen (in der Leseansicht: das Original)'],
        ['m', 'gelesen / ungelesen'],
        ['s', 'merken / nicht mehr merken'],
        ['r', 'alle Feeds jetzt abrufen'],
        ['/', 'suchen'],
        ['g t', 'zu den Themen (Startseite)'],
        ['?', 'diese Liste zeigen oder schließen']
    ];

    var current = -1;
    var pendingG = false;

    function items() {
        return Array.prototype.slice.call(document.querySelectorAll('main .teaser'));
    }

    function reading() {
        return document.querySelector('article.reading[data-article]');
    }

    function articleId(item) {
        var link = item.querySelector('h3 a');
        var match = link && /\/article\/(\d+)$/.exec(link.getAttribute('href'));
        return match ? match[1] : null;
    }

    function select(index) {
        var list = items();
        if (list.length === 0) {
            return;
        }
        current = Math.max(0, Math.min(list.length - 1, index));
        list.forEach(function (item, i) {
            item.classList.toggle('current', i === current);
        });
        var link = list[current].querySelector('h3 a');
        if (link) {
            link.focus({preventScroll: true});
        }
        list[current].scrollIntoView({block: 'nearest'});
    }

    function selected() {
        var list = items();
        return current >= 0 && current < list.length ? list[current] : null;
    }

    function post(path) {
        return fetch(path, {method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok && response.status !== 429) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            });
    }

    function toast(text) {
        var box = document.querySelector('.toast');
        if (!box) {
            box = document.createElement('p');
            box.className = 'toast';
            box.setAttribute('role', 'status');
            document.body.appendChild(box);
        }
        box.textContent = text;
        box.hidden = false;
        window.clearTimeout(toast.timer);
        toast.timer = window.setTimeout(function () {
            box.hidden = true;
        }, 4000);
    }

    function failed() {
        toast('Das hat nicht geklappt – bitte die Seite neu laden.');
    }

    function showRead(item, isRead) {
        item.classList.toggle('read', isRead);
        item.classList.toggle('unread', !isRead);
        item.setAttribute('data-read', String(isRead));
    }

    function showStar(item, isStarred) {
        item.setAttribute('data-starred', String(isStarred));
        var heading = item.querySelector('h3');
        var star = heading && heading.querySelector('.star');
        if (heading && isStarred && !star) {
            star = document.createElement('span');
            star.className = 'star';
            star.title = 'gemerkt';
            star.textContent = '★';
            heading.appendChild(document.createTextNode(' '));
            heading.appendChild(star);
        } else if (star && !isStarred) {
            star.remove();
        }
        var form = item.querySelector('form.state[action$="/star"], form.state[action$="/unstar"]');
        if (form) {
            var id = articleId(item) || item.getAttribute('data-article');
            form.setAttribute('action', '/article/' + id + (isStarred ? '/unstar' : '/star'));
            var reader = item.matches('article.reading');
            form.querySelector('button').textContent = isStarred
                ? (reader ? '★ Nicht mehr merken' : 'Nicht mehr merken')
                : (reader ? '☆ Merken' : 'Merken');
        }
    }

    function isRead(item) {
        return item.matches('article.reading') ? item.getAttribute('data-read') === 'true' : item.classList.contains('read');
    }

    function isStarred(item) {
        if (item.hasAttribute('data-starred')) {
            return item.getAttribute('data-starred') === 'true';
        }
        return !!item.querySelector('h3 .star');
    }

    /** The article a key acts on: the reading view's, else the chosen one in the list. */
    function target() {
        var article = reading();
        if (article) {
            return {item: article, id: article.getAttribute('data-article')};
        }
        var item = selected();
        return item ? {item: item, id: articleId(item)} : null;
    }

    function toggleRead() {
        var t = target();
        if (!t || !t.id) {
            return;
        }
        post('/api/articles/' + t.id + (isRead(t.item) ? '/unread' : '/read')).then(function (state) {
            showRead(t.item, state.read);
            toast(state.read ? 'Als gelesen markiert.' : 'Als ungelesen markiert.');
        }, failed);
    }

    function toggleStar() {
        var t = target();
        if (!t || !t.id) {
            return;
        }
        post('/api/articles/' + t.id + (isStarred(t.item) ? '/unstar' : '/star')).then(function (state) {
            showStar(t.item, state.starred);
            toast(state.starred ? 'Gemerkt.' : 'Nicht mehr gemerkt.');
        }, failed);
    }

    function refreshAll() {
        post('/api/feeds/refresh').then(function (answer) {
            toast(answer.status === 'queued' ? 'Alle Feeds werden gleich abgerufen.'
                : 'Gerade erst angefordert – bitte eine Minute warten.');
        }, failed);
    }

    function open() {
        var article = reading();
        if (article) {
            var original = article.querySelector('a.original');
            if (original) {
                window.location.href = original.href;
            }
            return;
        }
        var item = selected();
        var link = item && item.querySelector('h3 a');
        if (link) {
            window.location.href = link.href;
        }
    }

    function search() {
        var field = document.querySelector('main input[name="q"]');
        if (field) {
            field.focus();
            field.select();
        } else {
            window.location.href = '/search';
        }
    }

    function toggleHelp() {
        var help = document.querySelector('.shortcuts');
        if (help) {
            help.hidden = !help.hidden;
            return;
        }
        help = document.createElement('aside');
        help.className = 'shortcuts';
        help.setAttribute('aria-label', 'Tastenkürzel');
        var title = document.createElement('h2');
        title.textContent = 'Tastenkürzel';
        help.appendChild(title);
        var list = document.createElement('dl');
        SHORTCUTS.forEach(function (shortcut) {
            var key = document.createElement('dt');
            var kbd = document.createElement('kbd');
            kbd.textContent = shortcut[0];
            key.appendChild(kbd);
            var what = document.createElement('dd');
            what.textContent = shortcut[1];
            list.appendChild(key);
            list.appendChild(what);
        });
        help.appendChild(list);
        var close = document.createElement('button');
        close.type = 'button';
        close.textContent = 'Schließen';
        close.addEventListener('click', function () {
            help.hidden = true;
        });
        help.appendChild(close);
        document.body.appendChild(help);
    }

    function isTyping(event) {
        var el = event.target;
        return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
    }

    document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) {
            return;
        }
        var key = event.key;
        if (pendingG) {
            pendingG = false;
            if (key === 't') {
                event.preventDefault();
                window.location.href = '/';
                return;
            }
        }
        var inList = items().length > 0 && !reading();
        switch (key) {
            case 'j':
                if (inList) {
                    select(current + 1);
                } else {
                    window.scrollBy(0, window.innerHeight * 0.8);
                }
                break;
            case 'k':
                if (inList) {
                    select(current < 0 ? 0 : current - 1);
                } else {
                    window.scrollBy(0, -window.innerHeight * 0.8);
                }
                break;
            case 'o':
                open();
                break;
            case 'Enter':
                // A focused link or button does its own thing; Enter only opens the chosen article otherwise.
                if (event.target.closest && event.target.closest('a, button')) {
                    return;
                }
                open();
                break;
            case 'm':
                toggleRead();
                break;
            case 's':
                toggleStar();
                break;
            case 'r':
                refreshAll();
                break;
            case '/':
                search();
                break;
            case 'g':
                pendingG = true;
                break;
            case '?':
                toggleHelp();
                break;
            case 'Escape': {
                var help = document.querySelector('.shortcuts');
                if (help) {
                    help.hidden = true;
                }
                return;
            }
            default:
                return;
        }
        event.preventDefault();
    });

    // "Merken" without leaving the page; the form still posts on its own when this script is missing.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var match = /^\/article\/(\d+)\/(star|unstar)$/.exec(form.getAttribute('action') || '');
        var item = form.closest('.teaser, article.reading');
        if (!match || !item) {
            return;
        }
        event.preventDefault();
        post('/api/articles/' + match[1] + '/' + match[2]).then(function (state) {
            showStar(item, state.starred);
        }, failed);
    });

    function effectiveTheme() {
        var chosen = document.documentElement.getAttribute('data-theme');
        if (chosen) {
            return chosen;
        }
        return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }

    function labelThemeButton(button) {
        var dark = effectiveTheme() === 'dark';
        button.textContent = dark ? '☀ Hell' : '☾ Dunkel';
        button.setAttribute('aria-pressed', String(dark));
        button.title = dark ? 'Helles Farbschema' : 'Dunkles Farbschema';
    }

    var themeButton = document.querySelector('button.theme-toggle');
    if (themeButton) {
        themeButton.hidden = false;
        labelThemeButton(themeButton);
        themeButton.addEventListener('click', function () {
            var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
            document.documentElement.setAttribute('data-theme', next);
            try {
                window.localStorage.setItem(THEME_KEY, next);
            } catch (e) {
                // Without storage the choice lasts for this page only.
            }
            labelThemeButton(themeButton);
        });
    }
})();
