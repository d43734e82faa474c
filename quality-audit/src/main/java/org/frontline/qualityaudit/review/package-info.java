/**
 * Reviews: a QA analyst scores one contact against a scorecard version, criterion by criterion with comments; a
 * submitted review is locked, and a later change is a new revision that supersedes it; reviewers do not see each
 * other's scores of a contact before they submit their own.
 */
package org.frontline.qualityaudit.review;
