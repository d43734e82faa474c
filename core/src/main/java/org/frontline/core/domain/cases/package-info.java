/** Cases (tickets): their lifecycle from NEW to CLOSED, support tier and owner, and the log of every transition. */
package org.frontline.core.domain.cases;
