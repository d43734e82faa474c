/** REST resource for cases: raise, list, edit, lifecycle actions and history. */
package org.frontline.web.cases;
