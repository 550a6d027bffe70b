package no.rhf.servicemiljo.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Open browser sessions driven from another JVM, so that the benchmark's heap holds what the server keeps for them
 * and nothing of the Playwright client's own record of each page (its objects for every request and event).
 * {@link #open} starts this class's {@link #main} on the test's class path; it opens the sessions in Debian's
 * Chromium, each in a fresh context (signed in as the next of {@code users} when there are any), answers "ready"
 * once every page shows {@code shows}, and closes them when told.
 */
final class SessionsElsewhere implements AutoCloseable {

    private final Process process;
    private final Writer commands;

    private SessionsElsewhere(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * {@code count} sessions of {@code path} on the app at {@code baseUrl} (ending in "/") in another JVM, signed in
     * as {@code users} in turn (none: not signed in).
     */
    static SessionsElsewhere open(String baseUrl, String path, String shows, List<String> users, int count) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dchromium.path=" + System.getProperty("chromium.path", "/usr/bin/chromium"),
                SessionsElsewhere.class.getName(), baseUrl, path, shows, String.valueOf(count), String.join(",", users))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        SessionsElsewhere sessions = new SessionsElsewhere(process);
        BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = answers.readLine(); !"ready".equals(line); line = answers.readLine()) {
            if (line == null) {
                throw new IllegalStateException("the sessions' JVM stopped before they were open (exit " + process.exitValue() + ")");
            }
            System.out.println("[sessions] " + line);
        }
        return sessions;
    }

    /** Closes the pages (their unload beacons end their screens) and waits for the other JVM to stop. */
    @Override
    public void close() throws IOException {
        try (commands) {
            commands.write("close\n");
            commands.flush();
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws IOException {
        String baseUrl = args[0];
        String path = args[1];
        String shows = args[2];
        int count = Integer.parseInt(args[3]);
        List<String> users = args.length > 4 && !args[4].isEmpty() ? List.of(args[4].split(",")) : List.of();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = BrowserTest.launchChromium(playwright);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Page page = BrowserTest.newPage(browser, false, true);
                if (!users.isEmpty()) {
                    page.navigate(baseUrl + "login");
                    BrowserTest.fillLogin(page, users.get(i % users.size()), TestUsers.PASSWORD);
                    assertThat(page.locator("#main-nav")).isVisible();
                }
                page.navigate(baseUrl + path);
                assertThat(page.locator(shows)).isVisible();
                pages.add(page);
            }
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            pages.forEach(page -> page.context().close());
            browser.close();
        }
    }
}
