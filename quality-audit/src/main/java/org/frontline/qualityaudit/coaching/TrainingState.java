package org.frontline.qualityaudit.coaching;

/** Whether a training record awaits its team lead, or the lead confirmed it (and any raise took effect). */
public enum TrainingState {
    RECORDED,
    CONFIRMED
}
