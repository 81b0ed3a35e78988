package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.presseschau.model.FetchLogEntry;
import de.presseschau.store.FetchLogStore;
import de.presseschau.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reader as a person uses it, in a real headless Chromium: keys, search, Merken, the theme switch, a phone's
 * width; screenshots of the main pages (desktop and phone) land in target/screenshots/.
 */
class ReaderBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final RunningReader reader = new RunningReader();
    private final GermanNews news = GermanNews.storeIn(reader.feeds, reader.articles);
    private final String base = "http://127.0.0.1:" + reader.port();

    ReaderBrowserTest() {
        reader.search.rebuild();
        new FetchLogStore(reader.database).add(new FetchLogEntry(news.politikFeed(), RunningReader.NOW, "fetched", 200,
                48_213, Duration.ofMillis(312), "UTF-8", 7, null));
    }

    /** One desktop browser for the whole class: starting Chromium is the slow part. */
    private static Browser desktop;

    @BeforeAll
    static void startBrowser() {
        desktop = new Browser(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (desktop != null) {
            desktop.close();
        }
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void jAndKChooseArticlesMMarksReadSStarsAndOOpens() {
        Browser browser = desktop;
        browser.open(base + "/");
        List<WebElement> teasers = browser.driver().findElements(By.cssSelector("main .teaser"));
        long first = id(teasers.get(0));
        long second = id(teasers.get(1));

        press(browser, "j");
        press(browser, "j");
        assertEquals(List.of(1), currentIndexes(browser));
        press(browser, "k");
        assertEquals(List.of(0), currentIndexes(browser));

        assertTrue(teasers.get(0).getAttribute("class").contains("unread"));
        press(browser, "m");
        waitFor(() -> teasers.get(0).getAttribute("class").contains(" read"), "the teaser shows it was read");
        assertTrue(state(first).get("read").asBoolean());
        press(browser, "m");
        waitFor(() -> teasers.get(0).getAttribute("class").contains("unread"), "m again marks it unread");
        assertFalse(state(first).get("read").asBoolean());

        press(browser, "s");
        waitFor(() -> !teasers.get(0).findElements(By.cssSelector("h3 .star")).isEmpty(), "the star appears");
        assertTrue(state(first).get("starred").asBoolean());
        assertEquals("Nicht mehr merken", teasers.get(0).findElement(By.cssSelector("form.state button")).getText());
        press(browser, "s");
        waitFor(() -> teasers.get(0).findElements(By.cssSelector("h3 .star")).isEmpty(), "the star goes");
        assertFalse(state(first).get("starred").asBoolean());

        press(browser, "j");
        press(browser, "o");
        waitFor(() -> browser.driver().getCurrentUrl().endsWith("/article/" + second), "o opens the chosen article");
        assertTrue(state(second).get("read").asBoolean(), "opening it marked it read");
    }

    @Test
    void theKeysWorkInTheReadingViewAndOnTopicPages() {
        Browser browser = desktop;
        browser.open(base + "/article/" + news.strassenbahn());
        press(browser, "m");
        waitFor(() -> !state(news.strassenbahn()).get("read").asBoolean(), "m in the reading view marks it unread");
        press(browser, "s");
        waitFor(() -> state(news.strassenbahn()).get("starred").asBoolean(), "s in the reading view stars it");
        waitFor(() -> browser.driver().findElement(By.cssSelector("article.reading form.state button")).getText()
                .equals("★ Nicht mehr merken"), "the button says so");

        press(browser, "?");
        WebElement help = browser.driver().findElement(By.cssSelector(".shortcuts"));
        assertTrue(help.isDisplayed());
        assertTrue(help.getText().contains("nächster Artikel") && help.getText().contains("g t"), help.getText());
        press(browser, "?");
        assertFalse(help.isDisplayed());

        press(browser, "r");
        waitFor(() -> browser.driver().findElement(By.cssSelector(".toast")).getText()
                .equals("Alle Feeds werden gleich abgerufen."), "r asks for a refresh of all feeds");

        press(browser, "g");
        press(browser, "t");
        waitFor(() -> browser.driver().getCurrentUrl().equals(base + "/"), "g t goes to the topics");

        browser.open(base + "/topic/Politik");
        press(browser, "j");
        press(browser, "j");
        press(browser, "j");
        assertEquals(List.of(2), currentIndexes(browser));
        press(browser, "/");
        waitFor(() -> browser.driver().getCurrentUrl().equals(base + "/search"), "/ opens the search");
    }

    @Test
    void searchingAnInflectedWordFindsTheArticleWithTheWordMarked() throws IOException {
        Browser browser = desktop;
        browser.open(base + "/search");
        press(browser, "/");
        WebElement field = browser.driver().switchTo().activeElement();
        assertEquals("q", field.getAttribute("name"), "/ puts the cursor in the search field");
        field.sendKeys("Strassenbahnen", Keys.ENTER);
        waitFor(() -> !browser.driver().findElements(By.cssSelector("ol.search-results li")).isEmpty(), "results");

        List<WebElement> results = browser.driver().findElements(By.cssSelector("ol.search-results li"));
        assertEquals(GermanNews.STRASSENBAHN_TITLE, results.get(0).findElement(By.cssSelector("h3")).getText());
        assertEquals("Straßenbahn", results.get(0).findElement(By.cssSelector("h3 mark")).getText());
        screenshot(browser, "desktop-suche");
    }

    @Test
    void starAndUnstarWithTheButtonWithoutLeavingThePage() {
        Browser browser = desktop;
        browser.open(base + "/topic/Politik");
        WebElement teaser = browser.driver().findElements(By.cssSelector("main .teaser")).get(0);
        long id = id(teaser);
        browser.script("document.documentElement.setAttribute('data-still-here', 'ja');");

        teaser.findElement(By.cssSelector("form.state button")).click();
        waitFor(() -> state(id).get("starred").asBoolean(), "the click stars the article");
        waitFor(() -> !teaser.findElements(By.cssSelector("h3 .star")).isEmpty(), "the star shows");
        assertEquals("ja", browser.script("return document.documentElement.getAttribute('data-still-here');"),
                "no page load happened");
        browser.open(base + "/merkliste");
        assertEquals(1, browser.driver().findElements(By.cssSelector("main .teaser")).size());

        browser.driver().findElement(By.cssSelector("main .teaser form.state button")).click();
        waitFor(() -> !state(id).get("starred").asBoolean(), "the second click unstars it");
        browser.open(base + "/merkliste");
        assertTrue(browser.driver().findElements(By.cssSelector("main .teaser")).isEmpty());
    }

    @Test
    void theThemeSwitchChangesTheColoursAndIsRemembered() {
        Browser browser = desktop;
        browser.open(base + "/");
        String before = background(browser);
        WebElement toggle = browser.driver().findElement(By.cssSelector("button.theme-toggle"));
        assertTrue(toggle.isDisplayed());
        String firstTheme = "true".equals(toggle.getAttribute("aria-pressed")) ? "light" : "dark";

        toggle.click();
        assertEquals(firstTheme, browser.script("return document.documentElement.getAttribute('data-theme');"));
        String after = background(browser);
        assertFalse(before.equals(after), "the background changed from " + before);

        browser.open(base + "/article/" + news.strassenbahn());
        assertEquals(firstTheme, browser.script("return document.documentElement.getAttribute('data-theme');"));
        assertEquals(after, background(browser), "the choice holds on the next page");
        browser.driver().findElement(By.cssSelector("button.theme-toggle")).click();
        assertEquals(before, background(browser), "and switches back");
    }

    @Test
    void atPhoneWidthNoPageScrollsSideways() throws IOException {
        List<String> pages = List.of("/", "/topic/Politik", "/topic/" + "B%C3%B6rse%20%26%20M%C3%A4rkte",
                "/article/" + news.strassenbahn(), "/article/" + news.hostile(), "/search?q=Stra%C3%9Fenbahn",
                "/search", "/merkliste", "/feeds", "/feeds/" + news.politikFeed(), "/konto", "/login");
        List<String> overflowing = new ArrayList<>();
        ChromiumDriver driver = (ChromiumDriver) desktop.driver();
        // Headless Chromium keeps windows at least 500 px wide; a phone's screen is emulated instead.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String page : pages) {
                desktop.open(base + page);
                List<?> sizes = (List<?>) desktop.script("return [document.documentElement.scrollWidth, window.innerWidth];");
                if (((Number) sizes.get(0)).longValue() > ((Number) sizes.get(1)).longValue()) {
                    overflowing.add(page + " " + sizes);
                }
            }
            assertEquals(375L, ((Number) desktop.script("return window.innerWidth;")).longValue());
            assertEquals(List.of(), overflowing);
            shootMainPages(desktop, "telefon");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        shootMainPages(desktop, "desktop");
    }

    @Test
    void theLayoutLinksManifestAndIconsAndTheManifestNamesThem() {
        Browser browser = desktop;
        browser.open(base + "/");
        String manifest = (String) browser.script("return document.querySelector('link[rel=manifest]').href;");
        assertEquals("de", browser.script("return document.documentElement.lang;"));
        assertEquals("auto", browser.script("return getComputedStyle(document.body).hyphens;"));
        JsonNode json = reader.json(reader.get(manifest.substring(base.length())));
        assertEquals("Presseschau", json.get("name").asText());
        for (JsonNode icon : json.get("icons")) {
            assertEquals(200, reader.get(icon.get("src").asText()).statusCode(), icon.toString());
        }
        browser.open(base + "/article/" + news.strassenbahn());
        assertEquals("lazy", browser.script("return document.querySelector('.body img').loading;"));
    }

    private void shootMainPages(Browser browser, String device) throws IOException {
        browser.open(base + "/");
        screenshot(browser, device + "-startseite");
        browser.open(base + "/article/" + news.strassenbahn());
        screenshot(browser, device + "-leseansicht");
        browser.open(base + "/search?q=Stra%C3%9Fenbahn");
        screenshot(browser, device + "-suche");
    }

    private static void screenshot(Browser browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private static String background(Browser browser) {
        return (String) browser.script("return getComputedStyle(document.body).backgroundColor;");
    }

    private static void press(Browser browser, String key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> currentIndexes(Browser browser) {
        List<Long> found = (List<Long>) browser.script("return Array.from(document.querySelectorAll('main .teaser'))"
                + ".map((t, i) => t.classList.contains('current') ? i : -1).filter(i => i >= 0);");
        return found.stream().map(Long::intValue).toList();
    }

    private static long id(WebElement teaser) {
        String href = teaser.findElement(By.cssSelector("h3 a")).getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private JsonNode state(long id) {
        return reader.json(reader.get("/api/articles/" + id));
    }

    private static void waitFor(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + what);
            }
        }
        fail("waited 5 s in vain: " + what);
    }
}
