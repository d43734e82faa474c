package org.frontline.core.domain.kpi;

/**
 * Additive counts and sums over a set of inbound contacts, from which the contact KPIs are worked out; tallies of
 * parts of a period add up to the tally of the whole.
 *
 * @param offered inbound contacts that arrived
 * @param answeredInThreshold answered within their channel's answer target
 * @param abandonedShort abandoned after less than the short-abandon time
 * @param answeredWaitSeconds total wait of the answered contacts
 * @param handled answered contacts that have ended
 * @param handleSeconds talk, hold and wrap-up of the handled contacts
 * @param fcrEligible answered contacts with a known customer whose repeat window has passed
 * @param fcrRepeated of those, the ones the customer contacted again about within the window
 * @param satisfied survey answers of 4 or 5
 * @param emailsAnswered emails with a first response
 * @param emailResponseSeconds total time from their arrival to their first response
 */
public record ContactTally(
        long offered,
        long answered,
        long answeredInThreshold,
        long abandoned,
        long abandonedShort,
        long answeredWaitSeconds,
        long handled,
        long handleSeconds,
        long transferred,
        long escalated,
        long fcrEligible,
        long fcrRepeated,
        long surveyed,
        long satisfied,
        long csatSum,
        long effortAnswers,
        long effortSum,
        long emailsAnswered,
        long emailResponseSeconds) {

    public static final ContactTally NONE = new ContactTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Builds a tally from the database's columns, in declaration order. */
    public static ContactTally of(long[] v) {
        return new ContactTally(
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15],
                v[16], v[17], v[18]);
    }

    public ContactTally plus(ContactTally o) {
        return new ContactTally(
                offered + o.offered,
                answered + o.answered,
                answeredInThreshold + o.answeredInThreshold,
                abandoned + o.abandoned,
                abandonedShort + o.abandonedShort,
                answeredWaitSeconds + o.answeredWaitSeconds,
                handled + o.handled,
                handleSeconds + o.handleSeconds,
                transferred + o.transferred,
                escalated + o.escalated,
                fcrEligible + o.fcrEligible,
                fcrRepeated + o.fcrRepeated,
                surveyed + o.surveyed,
                satisfied + o.satisfied,
                csatSum + o.csatSum,
                effortAnswers + o.effortAnswers,
                effortSum + o.effortSum,
                emailsAnswered + o.emailsAnswered,
                emailResponseSeconds + o.emailResponseSeconds);
    }

    /** The same tally with first-contact resolution left out (its repeat window has not passed). */
    ContactTally withoutFcr() {
        return new ContactTally(
                offered,
                answered,
                answeredInThreshold,
                abandoned,
                abandonedShort,
                answeredWaitSeconds,
                handled,
                handleSeconds,
                transferred,
                escalated,
                0,
                0,
                surveyed,
                satisfied,
                csatSum,
                effortAnswers,
                effortSum,
                emailsAnswered,
                emailResponseSeconds);
    }
}
