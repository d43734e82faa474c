/** The knowledge base: articles agents and customers read, their versions, and how they are found. */
package org.frontline.kb;
