package org.jixiao.platform.web;

import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A test-only endpoint that binds and fails the way real stage endpoints do, to prove the problem details. */
@RestController
@RequestMapping("/test/problems")
class ProblemFixtureController {

    private final JdbcTemplate jdbc;

    ProblemFixtureController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    enum Colour { RED, GREEN }

    record Item(@NotBlank @Size(max = 10) String name) {
    }

    record Body(@NotNull @Size(max = 20) String name, @NotNull Colour colour,
                @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
                @NotNull Integer count, List<@Valid Item> items) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Body create(@Valid @RequestBody Body body) {
        return body;
    }

    @GetMapping
    Page<String> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.of(List.of("only"), PageQuery.of(page, size), 1);
    }

    @GetMapping("/{id}")
    String one(@PathVariable UUID id) {
        throw new NotFoundException("target", id);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id) {
        throw new StateConflictException("problem.staleVersion", "APPROVED");
    }

    @PostMapping("/rule")
    String rule() {
        throw InvalidInputException.of("indicators[0].budgetAmount", "money.tooManyDecimals", "1.005");
    }

    @GetMapping("/boom")
    String boom() {
        throw new IllegalStateException("secret internals");
    }

    @GetMapping("/database-down")
    String databaseDown() {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("jixiao - Connection is not available, request timed out after 2000ms"));
    }

    /** A statement that runs past a (short) statement timeout: PostgreSQL cancels it. */
    @GetMapping("/statement-timeout")
    @Transactional
    String statementTimeout() {
        jdbc.execute("SET LOCAL statement_timeout = 50");
        jdbc.execute("SELECT pg_sleep(5)");
        return "not reached";
    }
}
