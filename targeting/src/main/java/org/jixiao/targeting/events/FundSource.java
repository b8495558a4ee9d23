package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** Where the money comes from. */
public enum FundSource implements Labelled {
    ANNUAL_BUDGET("年初预算"),
    SUPPLEMENTARY("年中追加"),
    SPECIAL_TRANSFER("专项转移支付"),
    DIRECT_FUND("直达资金");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
