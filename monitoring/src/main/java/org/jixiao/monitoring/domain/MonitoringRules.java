package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;

/** The monitoring stage's rules (DOMAIN.md "Rule keys"), each a national default a region may override. */
public final class MonitoringRules implements RuleDeclarations {

    /** Light bounds in percent of the year's pace: red below 60, yellow below 80, blue from 120. */
    public static final RuleKey<LightBands> LIGHT_BANDS = RuleKey.bounds("monitoring.lightBands",
            "监控红黄绿蓝灯界限（占时间进度的百分比，红/黄/蓝的界限） Light bounds in percent of the year's pace",
            LightBands.NATIONAL_DEFAULT, LightBands::ofNames, LightBands::byName, BigDecimal.valueOf(1000));

    /** Points between execution rate and target completion rate above which a report is a warning. */
    public static final RuleKey<BigDecimal> WARNING_GAP = RuleKey.number("monitoring.warningGap",
            "预警偏差（执行率与目标完成率相差的百分点，超过即预警） Points of gap above which a report is a warning",
            BigDecimal.valueOf(20), BigDecimal.ZERO, BigDecimal.valueOf(100));

    @Override
    public List<RuleKey<?>> ruleKeys() {
        return List.of(LIGHT_BANDS, WARNING_GAP);
    }
}
