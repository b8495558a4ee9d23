package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTests {

    @Test
    void sizesFromOneToFiveHundred() {
        assertThat(PageQuery.of(0, 1).offset()).isZero();
        assertThat(PageQuery.of(3, 500).offset()).isEqualTo(1500);
    }

    @ParameterizedTest
    @CsvSource({"-1, 50, page", "0, 0, size", "0, 501, size", "0, -5, size"})
    void badPagingNamesTheParameter(int page, int size, String field) {
        assertThatThrownBy(() -> PageQuery.of(page, size))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly(field));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "50, 1", "51, 2", "100, 2", "101, 3"})
    void totalPagesRoundUp(long total, long pages) {
        assertThat(Page.of(List.of(), PageQuery.of(0, 50), total).page().totalPages()).isEqualTo(pages);
    }

    @Test
    void mapsContentKeepingThePage() {
        Page<Integer> page = Page.of(List.of(1, 2), PageQuery.of(1, 2), 5);
        Page<String> mapped = page.map(i -> "#" + i);
        assertThat(mapped.content()).containsExactly("#1", "#2");
        assertThat(mapped.page()).isEqualTo(new Page.Meta(1, 2, 5, 3, null));
    }

    @ParameterizedTest
    @CsvSource({"200, 50, true", "201, 50, false", "20, 500, true", "21, 500, false", "10000, 1, true", "10001, 1, false"})
    void pageNumbersReachTheFirstTenThousandRowsOfAListWithCursors(int page, int size, boolean allowed) {
        PageQuery query = PageQuery.of(page, size);
        if (allowed) {
            assertThat(query.requireShallow()).isSameAs(query);
        } else {
            assertThatThrownBy(query::requireShallow).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
        }
    }

    @Test
    void aCursorComesBackAsItWasGivenAndNamesAfterWhenItIsNotOurs() {
        Cursor cursor = Cursor.of("-2026", "/650000/650100/U_1/", "");
        PageQuery query = PageQuery.of(0, 50, cursor.text());
        assertThat(query.after()).isEqualTo(cursor);
        assertThat(query.after().keys(3)).containsExactly("-2026", "/650000/650100/U_1/", "");
        Page<String> page = Page.of(List.of("x"), query, 120, Cursor.of("a"));
        assertThat(page.page().number()).isNull();
        assertThat(page.page().next()).isEqualTo(Cursor.of("a").text());
        for (String bad : List.of("", "%%%", "x".repeat(Cursor.MAX_LENGTH + 1))) {
            assertThatThrownBy(() -> PageQuery.of(0, 50, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations().get(0).field()).isEqualTo("after"));
        }
        assertThatThrownBy(() -> query.after().keys(2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("after"));
        assertThatThrownBy(() -> PageQuery.of(1, 50, cursor.text())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
    }
}
