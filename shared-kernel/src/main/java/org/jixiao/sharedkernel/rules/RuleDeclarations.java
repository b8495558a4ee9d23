package org.jixiao.sharedkernel.rules;

import java.util.List;

/**
 * A stage's own rule keys. Implement it once per stage (a plain class with a public no-argument constructor);
 * the platform finds every implementation by itself and lists their keys in the rules API.
 */
public interface RuleDeclarations {

    List<RuleKey<?>> ruleKeys();
}
