/** REST resources for the staffing calculators (Erlang C and Erlang A). */
package org.frontline.web.staffing;
