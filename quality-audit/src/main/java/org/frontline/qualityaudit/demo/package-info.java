/** What the demo centre's quality team works with: its scorecard. */
package org.frontline.qualityaudit.demo;
