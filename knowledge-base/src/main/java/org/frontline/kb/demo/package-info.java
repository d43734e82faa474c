/**
 * The demo knowledge base: a corpus of support articles in four languages, read from the module's resources, and
 * believable use of it (links to resolved cases, votes, views, a month of searches).
 */
package org.frontline.kb.demo;
