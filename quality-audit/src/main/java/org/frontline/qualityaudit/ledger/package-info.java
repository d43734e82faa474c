/**
 * Tamper-evident records: submitted reviews, dispute outcomes and completed audits are appended to a hash chain in
 * which each entry carries the hash of the one before, and the chain can be verified end to end.
 */
package org.frontline.qualityaudit.ledger;
