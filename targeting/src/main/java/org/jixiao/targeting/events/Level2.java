package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** Level-2 indicators (二级指标), each under its level 1 (COST under OUTPUT is the output block's cost). */
public enum Level2 implements Labelled {
    QUANTITY("数量指标", Level1.OUTPUT),
    QUALITY("质量指标", Level1.OUTPUT),
    TIMELINESS("时效指标", Level1.OUTPUT),
    COST("成本指标", Level1.OUTPUT),
    ECONOMIC_COST("经济成本指标", Level1.COST),
    SOCIAL_COST("社会成本指标", Level1.COST),
    ENVIRONMENTAL_COST("生态环境成本指标", Level1.COST),
    ECONOMIC("经济效益指标", Level1.BENEFIT),
    SOCIAL("社会效益指标", Level1.BENEFIT),
    ECOLOGICAL("生态效益指标", Level1.BENEFIT),
    SUSTAINABILITY("可持续影响指标", Level1.BENEFIT),
    SERVICE_RECIPIENT("服务对象满意度指标", Level1.SATISFACTION);

    private final String label;
    private final Level1 level1;

    Level2(String label, Level1 level1) {
        this.label = label;
        this.level1 = level1;
    }

    @Override
    public String label() {
        return label;
    }

    /** The level 1 this level 2 belongs to. */
    public Level1 level1() {
        return level1;
    }
}
