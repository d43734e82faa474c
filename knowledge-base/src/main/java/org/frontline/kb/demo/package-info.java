/** The demo knowledge base: a corpus of support articles in four languages, read from the module's resources. */
package org.frontline.kb.demo;
