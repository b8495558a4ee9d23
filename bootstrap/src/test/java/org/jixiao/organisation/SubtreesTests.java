package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Scope;
import org.junit.jupiter.api.Test;

class SubtreesTests {

    @Test
    void theUnderscoreACodeMayHoldIsNoWildcard() {
        assertThat(Subtrees.like(Scope.subtree(OrgPath.parse("/650000/D_1/")))).isEqualTo("/650000/D\\_1/%");
        assertThat(Subtrees.like(Scope.subtree(OrgPath.parse("/650000/D1/")))).isEqualTo("/650000/D1/%");
        assertThat(Subtrees.like(Scope.everything())).isEqualTo("/%");
    }
}
