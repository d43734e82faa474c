package org.frontline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginServletTest {

    @Test
    void goesBackToTheScreenAskedFor() {
        assertThat(LoginServlet.next("ui/dashboard.html")).isEqualTo("ui/dashboard.html");
        assertThat(LoginServlet.next("ui/knowledge.html#results")).isEqualTo("ui/knowledge.html#results");
        assertThat(LoginServlet.next("ui/article.html?id=12&search=40")).isEqualTo("ui/article.html?id=12&search=40");
    }

    @Test
    void neverSendsTheBrowserToAnotherSite() {
        assertThat(LoginServlet.next("https://evil.example/ui/dashboard.html")).isEqualTo("index.html");
        assertThat(LoginServlet.next("//evil.example/x.html")).isEqualTo("index.html");
        assertThat(LoginServlet.next("ui/../../x.html")).isEqualTo("index.html");
        assertThat(LoginServlet.next("ui/article.html?next=https://evil.example"))
                .isEqualTo("index.html");
        assertThat(LoginServlet.next(null)).isEqualTo("index.html");
    }
}
