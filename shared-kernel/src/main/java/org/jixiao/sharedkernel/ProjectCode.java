package org.jixiao.sharedkernel;

/**
 * The form of a budget project's code (项目编码), one for every stage that takes it, so that a project assessed
 * ex ante can always meet its target at the gate by unit, project code and year.
 */
public final class ProjectCode {

    /** What a project code may hold (for {@code @Pattern}). */
    public static final String PATTERN = "[A-Za-z0-9_.-]+";

    /** Its longest length (for {@code @Size}). */
    public static final int MAX_LENGTH = 64;

    private ProjectCode() {
    }
}
