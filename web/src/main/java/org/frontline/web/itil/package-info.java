/** REST resource for ITIL problems and the incidents they cause. */
package org.frontline.web.itil;
