/** Quality audit over REST: the sample-size calculator, honest intervals for proportions, and score previews. */
package org.frontline.web.quality;
