package org.frontline.core.domain.team;

/** The four kinds of customer-service team a centre runs (seed 000, "The 4 Types"). */
public enum ServiceFunction {
    /** Accounts, billing, new accounts, orders; often the first level of support. */
    SUPPORT,
    /** Detailed troubleshooting after the sale. */
    TECHNICAL_SUPPORT,
    /** Inbound and outbound sales, web chats and email responses. */
    SALES_AND_MARKETING,
    /** Reviews contacts for quality and compliance. */
    QUALITY_CONTROL
}
