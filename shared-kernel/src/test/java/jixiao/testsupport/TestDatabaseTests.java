package jixiao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDatabaseTests {

    @Test
    void replacesTheDatabaseOfAJdbcUrlKeepingItsParameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost:5433/postgres?user=postgres&ssl=false", "t2"))
                .isEqualTo("jdbc:postgresql://localhost:5433/t2?user=postgres&ssl=false");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost/", "t3"))
                .isEqualTo("jdbc:postgresql://localhost/t3");
        assertThatThrownBy(() -> TestDatabase.withDatabase("jdbc:mysql://localhost/db", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
