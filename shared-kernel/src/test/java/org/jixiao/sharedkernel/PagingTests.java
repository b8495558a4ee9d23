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
        assertThat(mapped.page()).isEqualTo(new Page.Meta(1, 2, 5, 3));
    }
}
