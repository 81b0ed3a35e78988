// Applies the theme the reader chose (stored by reader.js) before the page is drawn, so it never flashes.
(function () {
    try {
        var theme = window.localStorage.getItem('presseschau-theme');
        if (theme === 'dark' || theme === 'light') {
            document.documentElement.setAttribute('data-theme', theme);
        }
    } catch (e) {
        // Storage may be switched off; the page then follows the system setting.
    }
})();
