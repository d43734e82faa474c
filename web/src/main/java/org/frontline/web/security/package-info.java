/**
 * Who is calling and what they may do: Jakarta Security authentication (form login with a session for the screens,
 * HTTP Basic or bearer tokens for the API) against the accounts in the database, role checks on every endpoint, CSRF
 * tokens, security headers, login throttling, the admin action log, and the account endpoints.
 */
package org.frontline.web.security;
