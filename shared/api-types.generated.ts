/**
 * Types of the Talent Exchange API, generated from its OpenAPI document by `npm run client`
 * (scripts/client.ts, openapi-typescript). Do not edit: change the route table, contracts or
 * schemas and regenerate. Use them through shared/api-client.ts (openapi-fetch).
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check (the function answers)
         * @description Answers 200 while the function runs; needs no token. For monitors and load balancers.
         *
         *     **No token needed.**
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check (the table answers in time)
         * @description Answers 200 when the table answers within 2.5 s, and 503 `SERVICE_UNAVAILABLE` (with `Retry-After`) when it does not; needs no token. For deployment checks and alarms.
         *
         *     **No token needed.**
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API described as OpenAPI 3.1
         * @description This document. Generate a client from it (`npm run client` does for TypeScript) or import it into Postman, Insomnia or Bruno.
         *
         *     **No token needed.**
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List host and home institutions
         * @description Host and home institutions, HK and GD, optionally of one region. Every signed-in role may list them.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["listInstitutions"];
        put?: never;
        /**
         * Register an institution
         * @description Registers a hospital. An HK institution names its HA cluster and no city; a GD institution names its city and no cluster. Its `contactEmails` hear of its visitors’ confirmations and declines, in `contactLanguage` unless a coordinator chose a language of their own (`PATCH /v1/me/email-settings`).
         *
         *     **Roles:** `admin` (Cognito groups; see `x-roles`).
         */
        post: operations["createInstitution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one institution
         * @description One institution with its names in English, Traditional and Simplified Chinese.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an institution's names, or its contacts and their emails' language
         * @description Changes an institution's names (the programme office only), or its `contactEmails` and the language emails to them are written in (`contactLanguage`, for contacts who chose none), which its own hospital coordinators may change too; `contactLanguage: null` takes the list's language away (all three languages). The next email follows. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateInstitution"];
        trace?: never;
    };
    "/v1/institutions/{institutionId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an institution's departments
         * @description The departments of an institution with their capacities.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Add a department with its capacity
         * @description Adds a department. `capacity` is how many visitors it can host on any one day (rule 4). A hospital coordinator adds departments of its own institution only.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one department
         * @description One department.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a department's name, specialty or capacity
         * @description Changes names, specialty or capacity. Lowering the capacity below what is already booked on some day is a 409 `CAPACITY_EXCEEDED` naming the days. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateDepartment"];
        trace?: never;
    };
    "/v1/departments/{departmentId}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live rotations and free capacity per day
         * @description For each day from `from` to `to` (at most about a year): live rotations booked, free places and which rotations. Read from the same day books that enforce capacity.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getDepartmentOccupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every department's booked days against its capacity over a range, and who is there
         * @description The capacity heat map of a host: every department's booked places per day against its capacity, over at most 92 days, and who holds them.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getInstitutionOccupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exchange programmes
         * @description The exchange programmes, both directions.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["listProgrammes"];
        put?: never;
        /**
         * Create a programme
         * @description Creates a programme: its direction (GD_TO_HK or HK_TO_GD) decides where visitors come from and go to (rule 6); its window bounds every placement (rule 1).
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one programme
         * @description One programme.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a programme
         * @description Changes names, window, status, contacts (`contactEmails`) or the language emails to them are written in (`contactLanguage`, for contacts who chose none; `null`: all three languages). Narrowing the window past a placement is a 409 naming it. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List visiting staff
         * @description Visiting staff. A hospital coordinator sees the people its institution sends (asking for another home institution is a 403).
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Register a visiting staff member
         * @description Registers a visiting professional. Their home institution decides their home region (rule 6).
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one staff member
         * @description One staff member with their credentials. Visitors may read only their own record.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member's details
         * @description Coordinators may change any field; a visitor may change only their own `email`, `phone` and `preferredLanguage` (other fields are a 403). Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/v1/staff/{staffId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a registration, licence or permit
         * @description Records a registration, licence or permit. A CLINICAL rotation needs one valid in the host region for each of its days (rule 5); an entry permit should cover the placement (a warning).
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["addCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My profile and calendar feed link
         * @description The signed-in visitor: their profile, placements (newest first), the programmes, institutions and host departments those refer to (so one request names everything on a visitor’s page), and the link to subscribe to their rotations in a calendar app.
         *
         *     **Roles:** `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My rotations
         * @description The signed-in visitor's rotations, across placements, by start date.
         *
         *     **Roles:** `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["listMyRotations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/calendar-feed/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke my calendar feed link (e.g. shared by mistake) and get a new one
         * @description Stops the current calendar link at once (e.g. shared by mistake) and answers a new one; calendars must subscribe again.
         *
         *     **Roles:** `staff` (Cognito groups; see `x-roles`).
         */
        post: operations["revokeMyCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/email-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My email settings: the language my emails are written in (coordinators)
         * @description The signed-in coordinator’s email settings, kept under the address their sign-in carries: the language they chose for their emails (`language`) and the one their sign-in carries (`signInLanguage`, from the ID token’s `locale`, recorded here when it changes). Emails to that address are written in the chosen language, else the sign-in’s, else the language of the contact list it is on (`contactLanguage` of the programme or hospital), else in all three. `version` 0: nothing stored yet (its `ETag` is `"0"`).
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getMyEmailSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Choose the language my emails are written in (coordinators)
         * @description Chooses the language of the coordinator’s emails; `null` goes back to the sign-in’s (else the contact list’s). Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateMyEmailSettings"];
        trace?: never;
    };
    "/v1/staff/{staffId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rotations as an iCalendar feed (signed link)
         * @description The visitor’s rotations as an iCalendar (RFC 5545) feed, in Hong Kong time, with `SEQUENCE` bumped on every change so calendar apps update the event.
         *
         *     **No bearer token:** calendar apps cannot send one. The `token` query parameter of the signed link (from `GET /v1/me`) authorizes the request; a missing or wrong one answers 404.
         */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * The calendar feed’s headers only (calendar apps check for changes)
         * @description The headers `GET` would answer (`ETag`, `Last-Modified`, `Content-Length`), without the body: calendar apps ask it to learn whether the feed changed.
         *
         *     **No bearer token:** calendar apps cannot send one. The `token` query parameter of the signed link (from `GET /v1/me`) authorizes the request; a missing or wrong one answers 404.
         */
        head: operations["headCalendarFeed"];
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a programme's placements
         * @description A programme's placements, optionally of one status. A hospital coordinator sees those its institution hosts or sends.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["listPlacements"];
        put?: never;
        /**
         * Nominate a staff member for a placement
         * @description Nominates a staff member for a placement at a host institution (status NOMINATED). Checked against rules 1 (inside the programme window), 5 (entry permit, a warning) and 6 (direction); `?dryRun=true` answers the verdict only.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/visitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme's placements with their visitors, filtered (state, host, discipline, specialty, names, attention)
         * @description The visitors list of the console: a programme's placements with the person, rotation counts and what needs attention, filtered by state, host, discipline, specialty, attention flag or a name in any script (`q`). One page holds a whole intake (up to 400 rows), so the screen costs one request. A hospital coordinator sees the placements its institution hosts or sends.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["listProgrammeVisitors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme at a glance: pipeline, rotations awaiting confirmation, declines, starts ahead, permit warnings
         * @description A programme at a glance for its coordinators: placements per state, and each figure that needs attention (rotations awaiting confirmation, declined rotations with their reasons, starts in the next 30 days, entry-permit warnings) as a count with up to 50 entries behind it.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getProgrammeOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme's schedule: each visitor's placement and rotations, with the departments they use
         * @description The schedule board: each visitor's placement with its rotations, and every department those rotations use, in one request for a whole intake.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getProgrammeSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one placement
         * @description One placement. Visitors see their own, without the coordinators' notes.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getPlacement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a placement's period or notes
         * @description Changes the period or the notes. A period that no longer holds its rotations is a 409 naming them. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updatePlacement"];
        trace?: never;
    };
    "/v1/placements/{placementId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer, accept, decline, activate, complete, withdraw or cancel
         * @description Moves a placement through its lifecycle: a coordinator `offer`s, the visitor `accept`s or `decline`s (a coordinator may record it on their behalf; the audit says so), then `activate`, `complete`; `withdraw` or `cancel` before completion. Any other move is a 409 `INVALID_TRANSITION`. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        post: operations["transitionPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail, newest first
         * @description The audit trail of a placement and its rotations, newest first: who changed what, before and after.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getPlacementHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Emails sent about this placement
         * @description Every email decided about this placement, with its delivery status and attempts.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["listPlacementNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}/notifications/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try the emails about this placement that failed again now
         * @description A coordinator asks for the emails about this placement that failed (SES down, or given up after their last retry) to be tried again now. They are due at once; the re-drive job, which runs every minute, sends them in the order of the changes they report. Emails sent, suppressed or being sent are left alone: nothing is sent twice. Answers the notifications re-driven (none when nothing failed).
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["redrivePlacementNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}/rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a placement's rotations
         * @description A placement's rotations by start date.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["listRotations"];
        put?: never;
        /**
         * Schedule a rotation
         * @description Schedules a rotation (status SCHEDULED) in a department of the host institution. Checked against every rule at once — inside the placement, department at the host, no overlap for the person, department capacity on every day, credentials for CLINICAL work — and a 409 lists each broken one. `?dryRun=true` answers the verdict only.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/placements/{placementId}/rotation-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule several rotations of a placement at once, checked together: all of them or none
         * @description Schedules several rotations of one placement at once (a rotation plan): all of them, or none. Each is checked against every rule a single rotation is (`POST /v1/placements/{placementId}/rotations`), with the plan's other rotations counted as already booked: two of them on the same days are a `ROTATION_OVERLAP`, and together they may not fill a department past its capacity on any day (`CAPACITY_EXCEEDED`). When any rotation breaks a rule, nothing is written and the 409 `RULE_VIOLATION` carries `items`: each rotation's verdict in the order sent (`ok`, its `violations`), besides `violations`, every broken rule. `?dryRun=true` answers the same verdict and writes nothing.
         *
         *     The plan is one transaction, with the same conditions as a single rotation's, so a rotation booked by someone else at the same moment cannot make it break a rule: it is checked again on fresh reads. The visitor gets **one** email listing the plan's rotations (once the placement is offered), not one per rotation.
         *
         *     **Limits:** at most 16 rotations; and since one transaction writes at most 100 records (a rotation takes up to 6 within one calendar month, 2 more for each further month it spans), a plan of long rotations may fit fewer. Either is a 413 `TOO_MANY_ROTATIONS` whose `maxRotations` says how many of these rotations fit in one plan.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["scheduleRotationPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rotations/{rotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one rotation
         * @description One rotation. Its `ETag` is what a change needs as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        get: operations["getRotation"];
        put?: never;
        post?: never;
        /**
         * Cancel a rotation
         * @description Cancels a rotation (status CANCELLED; the record stays) and frees its days. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        delete: operations["cancelRotation"];
        options?: never;
        head?: never;
        /**
         * Reschedule or change a rotation
         * @description Reschedules or changes a rotation. New dates or a new department put a CONFIRMED rotation back to SCHEDULED (to be confirmed again) and bump its `sequence`; the visitor gets an email with old → new. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        patch: operations["updateRotation"];
        trace?: never;
    };
    "/v1/rotations/{rotationId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a rotation
         * @description The visitor confirms a SCHEDULED rotation (a coordinator may on their behalf; the audit says so). Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        post: operations["confirmRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rotations/{rotationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a rotation with a reason
         * @description The visitor declines a rotation with a reason; the coordinators get an email with it. Send the `ETag` of your last read as `If-Match`.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator`, `staff` (Cognito groups; see `x-roles`).
         */
        post: operations["declineRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme's spreadsheet imports, newest first
         * @description A programme's spreadsheet imports, newest first: who uploaded which file when, its status and counts.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Import nominations from a CSV or XLSX file (?dryRun=true: the report per row, nothing written)
         * @description Imports nominations (person, up to three credentials, placement) from a CSV or XLSX file sent base64 in JSON (`contentEncoding: "gzip"` when the client compressed it first). Columns are matched by header in English, Traditional or Simplified Chinese; extra columns are ignored. CSV encodings UTF-8 (with or without BOM), GB18030/GBK and Big5 are detected (`encoding` overrides); dates may be ISO, Excel serials, 2027/3/1 or 2027年3月1日, and a date written with the year last is read day first (`dateOrder: "MDY"` to change).
         *
         *     **Dry run first** (`?dryRun=true`): the report per row — each problem with its column and a stable code (the API's rule codes for broken rules) — and, for a CSV, what each candidate encoding reads; nothing is written. **Commit** (no dryRun): the file's rows are stored with the import (201), then written by `POST /v1/imports/{importId}/process`, a chunk per call, each row in one transaction through the same rules as the single-item routes. A person is matched by email and a nomination by programme + person, so uploading a file again creates no duplicate.
         *
         *     **Limits**: 5 MB and 500 rows per file; the request body at most 6,000,000 bytes (Lambda takes 6 MB per request). Send a larger file gzip-compressed, or — an XLSX over about 4.4 MB, which is compressed already — post it to storage first (`POST /v1/programmes/{programmeId}/imports/uploads`) and send `{ fileName, uploadId }` instead of `content`. A formula cell, a macro workbook, a zip bomb or a damaged file is refused whole.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A form to post a large file to storage first (files too big to send inside a request)
         * @description A presigned form to post a file too large to travel inside a request (over about 4.4 MB once base64-encoded) straight to storage. Post `fields` and then the file (as `file`) as multipart/form-data to `url` before `expiresAt`; storage itself refuses a file over `maxBytes`. Then dry-run and commit the import with `{ fileName, uploadId }` in place of `content`. The stored copy is removed once the import is committed, and after a day in any case.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["createImportUploadForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The nominations template (XLSX with drop-down lists and instructions)
         * @description The nominations template: the columns the import reads (headers in `lang`, mandatory ones marked *), drop-down lists for coded columns and institutions, and instructions in English, Traditional and Simplified Chinese.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import with the outcome of each row
         * @description An import with the outcome of each row (PENDING until processed) and what was wrong with the rows not written.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{importId}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write the next chunk of rows of an import; returns its progress
         * @description Writes the next chunk of rows of an import (each row its own transaction) and answers its progress; call until `status` is COMPLETED. A completed import is answered as it is.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["processImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{importId}/rejected.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows not imported, with an error column, to fix and upload again (XLSX)
         * @description The rows not imported, as uploaded, with an error column: fix them and upload the file again (the error column is ignored, rows already imported are recognised).
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getRejectedRowsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{importId}/rejected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows not imported, with an error column, to fix and upload again (CSV)
         * @description The rows not imported, as uploaded, with an error column, as CSV in UTF-8 with a BOM.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getRejectedRowsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/placements/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer, withdraw or cancel many placements; each item reported
         * @description Offers, withdraws or cancels many placements of the programme in one request. Each item is the single-item transition — same permissions, same rules, its own transaction — checked against the `version` given for it (its If-Match). Each item is reported with its status and problem code; one refused item does not stop the others. A placement of another programme is reported as 404 `NOT_FOUND` and left alone. With `?dryRun=true` nothing is written and each item says whether it would succeed.
         *
         *     **Roles:** `admin`, `programme-coordinator` (Cognito groups; see `x-roles`).
         */
        post: operations["bulkTransitionPlacements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme roster, one row per rotation (XLSX)
         * @description The programme roster: one row per rotation (a placement without rotations has one row), with the visitor's names in three scripts, discipline, home and host institution, department, dates, activity, placement and rotation state and confirmation. Hospital coordinators get only what their institution hosts or sends. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["exportRosterXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/roster.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme roster, one row per rotation (CSV, UTF-8 with BOM)
         * @description The programme roster as CSV in UTF-8 with a BOM (so Excel shows Chinese), formula-injection safe.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["exportRosterCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Visitors by discipline, host cluster and month; confirmations; declines with reasons
         * @description Visitors by discipline × host cluster (or city) × month, placements and rotations by state, and declined rotations with their reasons: the programme office's returns and the overview's charts. Confined for hospital coordinators.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["getProgrammeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{programmeId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme report as XLSX
         * @description The programme report as XLSX: visitors by discipline × host cluster × month, states, declines with reasons.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["exportProgrammeReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}/occupancy.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A host hospital's department occupancy for a month (XLSX)
         * @description A host hospital's departments for a month: capacity, the busiest day, and how many visitors each day holds. For the programme office and that hospital's coordinators.
         *
         *     **Roles:** `admin`, `programme-coordinator`, `hospital-coordinator` (Cognito groups; see `x-roles`).
         */
        get: operations["exportOccupancyXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        Activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
        Actor: {
            sub: string;
            role: string;
            onBehalfOf?: string;
        };
        /** @enum {string} */
        AttentionFlag: "awaitingConfirmation" | "declinedRotation" | "startingSoon" | "permitWarning";
        /** @enum {string} */
        AuditAction: "institution.created" | "institution.updated" | "department.created" | "department.updated" | "programme.created" | "programme.updated" | "staff.created" | "staff.updated" | "staff.credentialAdded" | "placement.nominated" | "placement.updated" | "placement.offered" | "placement.accepted" | "placement.declined" | "placement.activated" | "placement.completed" | "placement.withdrawn" | "placement.cancelled" | "placement.rotationsScheduled" | "rotation.scheduled" | "rotation.updated" | "rotation.cancelled" | "rotation.confirmed" | "rotation.declined" | "rotation.completed" | "import.started" | "import.completed";
        AuditRecord: {
            auditId: string;
            placementId?: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["Actor"];
            action: components["schemas"]["AuditAction"];
            /** @enum {string} */
            entityType: "institution" | "department" | "programme" | "staff" | "placement" | "rotation" | "import";
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            reason?: string;
            /** @enum {string} */
            reasonCode?: "PLACEMENT_DECLINED" | "PLACEMENT_WITHDRAWN" | "PLACEMENT_CANCELLED";
            partOf?: string;
        };
        AuditRecordPage: {
            items: components["schemas"]["AuditRecord"][];
            nextCursor?: string;
        };
        BulkTransition: {
            /** @enum {string} */
            action: "offer" | "withdraw" | "cancel";
            reason?: string;
            items: {
                placementId: string;
                version: number;
            }[];
        };
        BulkTransitionResult: {
            /** @constant */
            dryRun?: true;
            valid?: boolean;
            results: {
                placementId: string;
                ok: boolean;
                status: number;
                placement?: components["schemas"]["Placement"];
                code?: string;
                detail?: string;
                violations?: unknown[];
                currentStatus?: string;
            }[];
            succeeded: number;
            failed: number;
        };
        /** @enum {string} */
        Cluster: "HKE" | "HKW" | "KC" | "KE" | "KW" | "NTE" | "NTW";
        CreateImportRequest: {
            fileName: string;
            content: string;
            /** @enum {string} */
            contentEncoding?: "gzip";
            /** @enum {string} */
            encoding?: "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";
            /** @enum {string} */
            dateOrder?: "DMY" | "MDY";
        } | {
            fileName: string;
            uploadId: string;
            /** @enum {string} */
            encoding?: "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";
            /** @enum {string} */
            dateOrder?: "DMY" | "MDY";
        };
        Credential: {
            credentialId: string;
            type: components["schemas"]["CredentialType"];
            number: string;
            region: components["schemas"]["Region"];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
        };
        CredentialInput: {
            type: components["schemas"]["CredentialType"];
            number: string;
            region: components["schemas"]["Region"];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
        };
        /** @enum {string} */
        CredentialType: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
        Department: {
            departmentId: string;
            institutionId: string;
            names: components["schemas"]["LocalizedName"];
            specialty: string;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DepartmentDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["Department"];
        };
        DepartmentInput: {
            names: components["schemas"]["LocalizedName"];
            specialty: string;
            capacity: number;
        };
        DepartmentPage: {
            items: components["schemas"]["Department"][];
            nextCursor?: string;
        };
        DepartmentPatch: {
            names?: components["schemas"]["LocalizedName"];
            specialty?: string;
            capacity?: number;
        };
        /** @enum {string} */
        Direction: "GD_TO_HK" | "HK_TO_GD";
        /** @enum {string} */
        Discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
        EmailSettings: {
            email: string;
            language?: components["schemas"]["Language"];
            signInLanguage?: components["schemas"]["Language"];
            version: number;
            /** Format: date-time */
            updatedAt?: string;
        };
        EmailSettingsPatch: {
            language: components["schemas"]["Language"] | null;
        };
        GetOpenApiResponse: {
            [key: string]: unknown;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** Format: date-time */
            time: string;
        };
        Import: {
            importId: string;
            programmeId: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            encoding?: string;
            /** @enum {string} */
            dateOrder: "DMY" | "MDY";
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED";
            createdBy: {
                sub: string;
                role: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            completedAt?: string;
            version: number;
            headers: string[];
            total: number;
            processed: number;
            chunksDone: number;
            chunks: number;
            counts: {
                created: number;
                nominated: number;
                alreadyNominated: number;
                rejected: number;
            };
        };
        ImportDetail: {
            importId: string;
            programmeId: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            encoding?: string;
            /** @enum {string} */
            dateOrder: "DMY" | "MDY";
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED";
            createdBy: {
                sub: string;
                role: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            completedAt?: string;
            version: number;
            headers: string[];
            total: number;
            processed: number;
            chunksDone: number;
            chunks: number;
            counts: {
                created: number;
                nominated: number;
                alreadyNominated: number;
                rejected: number;
            };
            rows: components["schemas"]["ImportRow"][];
        };
        ImportPage: {
            items: components["schemas"]["Import"][];
            nextCursor?: string;
        };
        ImportReport: {
            /** @constant */
            dryRun: true;
            valid: boolean;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            encoding?: {
                used: string;
                basis: string;
                candidates: {
                    encoding: string;
                    confidence: number;
                    names: string[];
                }[];
            };
            /** @enum {string} */
            dateOrder: "DMY" | "MDY";
            columns: {
                matched: {
                    column: string;
                    field: string;
                }[];
                ignored: string[];
                duplicates: string[];
            };
            counts: {
                rows: number;
                new: number;
                personExists: number;
                alreadyNominated: number;
                invalid: number;
            };
            rows: components["schemas"]["ImportRow"][];
        };
        ImportRow: {
            row: number;
            /** @enum {string} */
            outcome: "NEW" | "PERSON_EXISTS" | "ALREADY_NOMINATED" | "INVALID" | "CREATED" | "NOMINATED" | "REJECTED" | "PENDING";
            name?: string;
            email?: string;
            staffId?: string;
            placementId?: string;
            problems: components["schemas"]["RowProblem"][];
        };
        ImportUploadForm: {
            uploadId: string;
            url: string;
            fields: {
                [key: string]: string;
            };
            /** Format: date-time */
            expiresAt: string;
            maxBytes: number;
        };
        ImportUploadFormRequest: {
            fileName: string;
            size: number;
        };
        Institution: {
            institutionId: string;
            region: components["schemas"]["Region"];
            names: components["schemas"]["LocalizedName"];
            cluster?: components["schemas"]["Cluster"];
            city?: string;
            contactEmails: string[];
            contactLanguage?: components["schemas"]["Language"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        InstitutionDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["Institution"];
        };
        InstitutionInput: {
            region: components["schemas"]["Region"];
            names: components["schemas"]["LocalizedName"];
            cluster?: components["schemas"]["Cluster"];
            city?: string;
            /** @default [] */
            contactEmails: string[];
            contactLanguage?: components["schemas"]["Language"];
        };
        InstitutionOccupancy: {
            institutionId: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            departments: {
                department: components["schemas"]["Department"];
                days: {
                    /** Format: date */
                    date: string;
                    booked: number;
                    rotationIds: string[];
                }[];
            }[];
            rotations: {
                rotationId: string;
                placementId: string;
                programmeId: string;
                staffId: string;
                visitor: components["schemas"]["PersonName"];
                departmentId: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
                status: components["schemas"]["RotationStatus"];
                activity: string;
            }[];
        };
        InstitutionPage: {
            items: components["schemas"]["Institution"][];
            nextCursor?: string;
        };
        InstitutionPatch: {
            names?: components["schemas"]["LocalizedName"];
            contactEmails?: string[];
            contactLanguage?: components["schemas"]["Language"] | null;
        };
        /** @enum {string} */
        Language: "en" | "zh-Hant" | "zh-Hans";
        LocalizedName: {
            en: string;
            "zh-Hant": string;
            "zh-Hans": string;
        };
        Me: {
            staff: components["schemas"]["Staff"];
            placements: components["schemas"]["Placement"][];
            programmes: components["schemas"]["Programme"][];
            institutions: components["schemas"]["Institution"][];
            departments: components["schemas"]["Department"][];
            calendarFeedUrl: string;
        };
        Notification: {
            notificationId: string;
            placementId: string;
            auditId: string;
            recipient: string;
            template: string;
            language: string;
            subject?: string;
            /** Format: date-time */
            sentAt?: string;
            status: components["schemas"]["NotificationStatus"];
            attempts: number;
            lastError?: string;
            /** Format: date-time */
            nextAttemptAt?: string;
            /** Format: date-time */
            changeAt?: string;
            history?: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                result: "SENT" | "FAILED" | "HELD" | "SUPPRESSED" | "GAVE_UP" | "REDRIVE_REQUESTED";
                detail?: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor?: string;
        };
        /** @enum {string} */
        NotificationStatus: "PENDING" | "SENT" | "FAILED" | "SUPPRESSED";
        Occupancy: {
            departmentId: string;
            capacity: number;
            days: {
                /** Format: date */
                date: string;
                booked: number;
                free: number;
                rotationIds: string[];
            }[];
        };
        OverviewEntry: {
            placementId: string;
            staffId: string;
            visitor: components["schemas"]["PersonName"];
            hostInstitutionId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            status: string;
            rotationId?: string;
            departmentId?: string;
            department?: components["schemas"]["LocalizedName"];
            reason?: string;
            warnings?: {
                code: string;
                message: string;
            }[];
        };
        PersonName: {
            en?: string;
            "zh-Hant"?: string;
            "zh-Hans"?: string;
        };
        Placement: {
            placementId: string;
            programmeId: string;
            staffId: string;
            hostInstitutionId: string;
            homeInstitutionId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            status: components["schemas"]["PlacementStatus"];
            notes?: string;
            warnings?: {
                code: string;
                message: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        PlacementAction: "offer" | "accept" | "decline" | "activate" | "complete" | "withdraw" | "cancel";
        PlacementDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["Placement"];
        };
        PlacementInput: {
            staffId: string;
            hostInstitutionId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            notes?: string;
        };
        PlacementPage: {
            items: components["schemas"]["Placement"][];
            nextCursor?: string;
        };
        PlacementPatch: {
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            notes?: string;
        };
        /** @enum {string} */
        PlacementStatus: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
        PlacementTransition: {
            action: components["schemas"]["PlacementAction"];
            reason?: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            instance?: string;
            violations?: components["schemas"]["Violation"][];
            errors?: {
                path: string;
                message: string;
            }[];
            currentVersion?: number;
            resource?: string;
            id?: string;
            parameter?: string;
            items?: components["schemas"]["RotationPlanItem"][];
            maxRotations?: number;
        } & {
            [key: string]: unknown;
        };
        Programme: {
            programmeId: string;
            names: components["schemas"]["LocalizedName"];
            direction: components["schemas"]["Direction"];
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            status: components["schemas"]["ProgrammeStatus"];
            contactEmails: string[];
            contactLanguage?: components["schemas"]["Language"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProgrammeDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["Programme"];
        };
        ProgrammeInput: {
            names: components["schemas"]["LocalizedName"];
            direction: components["schemas"]["Direction"];
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            /** @default PLANNING */
            status: components["schemas"]["ProgrammeStatus"];
            /** @default [] */
            contactEmails: string[];
            contactLanguage?: components["schemas"]["Language"];
        };
        ProgrammeOverview: {
            programmeId: string;
            /** Format: date */
            today: string;
            visitors: number;
            pipeline: {
                status: components["schemas"]["PlacementStatus"];
                count: number;
            }[];
            awaitingConfirmation: {
                count: number;
                items: components["schemas"]["OverviewEntry"][];
            };
            declinedRotations: {
                count: number;
                items: components["schemas"]["OverviewEntry"][];
            };
            startingSoon: {
                count: number;
                items: components["schemas"]["OverviewEntry"][];
            };
            permitWarnings: {
                count: number;
                items: components["schemas"]["OverviewEntry"][];
            };
        };
        ProgrammePage: {
            items: components["schemas"]["Programme"][];
            nextCursor?: string;
        };
        ProgrammePatch: {
            names?: components["schemas"]["LocalizedName"];
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            status?: components["schemas"]["ProgrammeStatus"];
            contactEmails?: string[];
            contactLanguage?: components["schemas"]["Language"] | null;
        };
        ProgrammeReport: {
            programmeId: string;
            months: string[];
            visitors: {
                discipline: string;
                cluster: string;
                month: string;
                visitors: number;
            }[];
            placementsByStatus: {
                [key: string]: number;
            };
            rotationsByStatus: {
                [key: string]: number;
            };
            declines: {
                rotationId: string;
                placementId: string;
                staffName: string;
                department: string;
                startDate: string;
                endDate: string;
                reason: string;
            }[];
        };
        ProgrammeSchedule: {
            programmeId: string;
            items: components["schemas"]["ScheduleRow"][];
            departments: components["schemas"]["Department"][];
            nextCursor?: string;
        };
        /** @enum {string} */
        ProgrammeStatus: "PLANNING" | "OPEN" | "CLOSED";
        Readiness: {
            /** @constant */
            status: "ready";
            /** Format: date-time */
            time: string;
            checks: {
                /** @constant */
                table: "ok";
            };
        };
        /** @enum {string} */
        Region: "HK" | "GD";
        RevokeMyCalendarFeedResponse: {
            calendarFeedUrl: string;
        };
        Rotation: {
            rotationId: string;
            placementId: string;
            programmeId: string;
            staffId: string;
            hostInstitutionId: string;
            homeInstitutionId: string;
            departmentId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            activity: components["schemas"]["Activity"];
            supervisor?: {
                name: string;
                email?: string;
            };
            status: components["schemas"]["RotationStatus"];
            sequence: number;
            declineReason?: string;
            previous?: {
                departmentId: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RotationDecline: {
            reason: string;
        };
        RotationDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["Rotation"];
        };
        RotationInput: {
            departmentId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            activity: components["schemas"]["Activity"];
            supervisor?: {
                name: string;
                /** Format: email */
                email?: string;
            };
        };
        RotationPage: {
            items: components["schemas"]["Rotation"][];
            nextCursor?: string;
        };
        RotationPatch: {
            departmentId?: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            activity?: components["schemas"]["Activity"];
            supervisor?: {
                name: string;
                /** Format: email */
                email?: string;
            };
        };
        RotationPlan: {
            placementId: string;
            items: components["schemas"]["RotationPlanItem"][];
        };
        RotationPlanDryRun: {
            /** @constant */
            dryRun: true;
            /** @constant */
            valid: true;
            warnings: components["schemas"]["Violation"][];
            result: components["schemas"]["RotationPlan"];
        };
        RotationPlanInput: {
            rotations: components["schemas"]["RotationInput"][];
        };
        RotationPlanItem: {
            index: number;
            rotationId: string;
            ok: boolean;
            rotation?: components["schemas"]["Rotation"];
            violations?: components["schemas"]["Violation"][];
            warnings?: components["schemas"]["Violation"][];
        };
        /** @enum {string} */
        RotationStatus: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
        RowProblem: {
            field?: string;
            column?: string;
            code: string;
            message: string;
            details?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            severity?: "error" | "warning";
        };
        ScheduleRow: {
            placement: components["schemas"]["Placement"];
            visitor: components["schemas"]["VisitorSummary"];
            rotations: components["schemas"]["Rotation"][];
        };
        Staff: {
            staffId: string;
            names: components["schemas"]["PersonName"];
            email: string;
            preferredLanguage?: components["schemas"]["Language"];
            discipline: components["schemas"]["Discipline"];
            specialty: string;
            homeInstitutionId: string;
            homeRegion: components["schemas"]["Region"];
            phone?: string;
            credentials: components["schemas"]["Credential"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        StaffInput: {
            names: components["schemas"]["PersonName"];
            /** Format: email */
            email: string;
            preferredLanguage?: components["schemas"]["Language"];
            discipline: components["schemas"]["Discipline"];
            specialty: string;
            homeInstitutionId: string;
            phone?: string;
        };
        StaffPage: {
            items: components["schemas"]["Staff"][];
            nextCursor?: string;
        };
        StaffPatch: {
            names?: components["schemas"]["PersonName"];
            /** Format: email */
            email?: string;
            phone?: string;
            preferredLanguage?: components["schemas"]["Language"];
            discipline?: components["schemas"]["Discipline"];
            specialty?: string;
        };
        Violation: {
            code: string;
            message: string;
            details?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            severity?: "error" | "warning";
        };
        VisitorRow: {
            placement: components["schemas"]["Placement"];
            visitor: components["schemas"]["VisitorSummary"];
            rotationCounts: {
                SCHEDULED: number;
                CONFIRMED: number;
                DECLINED: number;
                CANCELLED: number;
                COMPLETED: number;
            };
            flags: components["schemas"]["AttentionFlag"][];
        };
        VisitorsPage: {
            items: components["schemas"]["VisitorRow"][];
            total: number;
            nextCursor?: string;
        };
        VisitorSummary: {
            staffId: string;
            names: components["schemas"]["PersonName"];
            /** @enum {string} */
            discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
            specialty: string;
            homeInstitutionId: string;
            email: string;
        };
        /** @description What API Gateway answers by itself (throttling, the JWT authorizer refusing a token) */
        GatewayError: {
            message: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
         * @example b7e3c1d2-new-rotation-1
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description The version of the resource; send it back as `If-Match` to change it */
        ETag: string;
        /** @description The new version of the resource (absent on a dry run); send it back as `If-Match` to change it */
        ETagUnlessDryRun: string;
        /** @description Where the created resource lives (a path relative to the server URL) */
        Location: string;
        /** @description `true` when this is the stored response of an earlier request with the same `Idempotency-Key` */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before retrying */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpenApiResponse"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
                /** @description Only institutions of this region */
                region?: "HK" | "GD";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createInstitution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstitutionInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateInstitution: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstitutionPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"] | components["schemas"]["InstitutionDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The department's id
                 * @example dept_Med3xQ9wLp2VbN7rTz4K
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The department's id
                 * @example dept_Med3xQ9wLp2VbN7rTz4K
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"] | components["schemas"]["DepartmentDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getDepartmentOccupancy: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD) */
                from: string;
                /** @description Last day (YYYY-MM-DD), not before from */
                to: string;
            };
            header?: never;
            path: {
                /**
                 * @description The department's id
                 * @example dept_Med3xQ9wLp2VbN7rTz4K
                 */
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occupancy"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getInstitutionOccupancy: {
        parameters: {
            query: {
                /** @description First day (YYYY-MM-DD) */
                from: string;
                /** @description Last day (YYYY-MM-DD), at most 92 days after from */
                to: string;
            };
            header?: never;
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionOccupancy"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"] | components["schemas"]["ProgrammeDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
                /** @description Only staff of this home institution */
                homeInstitutionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The staff's id
                 * @example staff_Li9Na3Wq7Er2Ty5Ui8Op
                 */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateStaff: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The staff's id
                 * @example staff_Li9Na3Wq7Er2Ty5Ui8Op
                 */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    addCredential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The staff's id
                 * @example staff_Li9Na3Wq7Er2Ty5Ui8Op
                 */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listMyRotations: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    revokeMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeMyCalendarFeedResponse"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMyEmailSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSettings"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateMyEmailSettings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailSettingsPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSettings"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: {
                /** @description The signature part of the link (from GET /v1/me) */
                token?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The staff's id
                 * @example staff_Li9Na3Wq7Er2Ty5Ui8Op
                 */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Validator of the feed: send it as `If-None-Match` to get a 304 while nothing changed */
                    ETag: string;
                    /**
                     * @description When the feed last changed (an HTTP date), for `If-Modified-Since`
                     * @example Mon, 02 Nov 2026 01:30:00 GMT
                     */
                    "Last-Modified": string;
                    /** @description Private (the link is a credential) and the feed’s refresh interval */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Talent Exchange//EN
                     *     BEGIN:VEVENT
                     *     UID:rot_Ro5Ta8Ti1On4Qw7Er2Ty@talent-exchange
                     *     SEQUENCE:0
                     *     DTSTART;VALUE=DATE:20270301
                     *     DTEND;VALUE=DATE:20270601
                     *     SUMMARY:Cardiology — Queen Mary Hospital
                     *     END:VEVENT
                     *     END:VCALENDAR
                     */
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the feed is what `If-None-Match` or `If-Modified-Since` names; no body */
            304: {
                headers: {
                    /** @description Validator of the feed: send it as `If-None-Match` to get a 304 while nothing changed */
                    ETag: string;
                    /**
                     * @description When the feed last changed (an HTTP date), for `If-Modified-Since`
                     * @example Mon, 02 Nov 2026 01:30:00 GMT
                     */
                    "Last-Modified": string;
                    /** @description Private (the link is a credential) and the feed’s refresh interval */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    headCalendarFeed: {
        parameters: {
            query?: {
                /** @description The signature part of the link (from GET /v1/me) */
                token?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The staff's id
                 * @example staff_Li9Na3Wq7Er2Ty5Ui8Op
                 */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Validator of the feed: send it as `If-None-Match` to get a 304 while nothing changed */
                    ETag: string;
                    /**
                     * @description When the feed last changed (an HTTP date), for `If-Modified-Since`
                     * @example Mon, 02 Nov 2026 01:30:00 GMT
                     */
                    "Last-Modified": string;
                    /** @description Private (the link is a credential) and the feed’s refresh interval */
                    "Cache-Control"?: string;
                    /** @description Size of the feed GET would answer */
                    "Content-Length"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the feed is what `If-None-Match` or `If-Modified-Since` names */
            304: {
                headers: {
                    /** @description Validator of the feed: send it as `If-None-Match` to get a 304 while nothing changed */
                    ETag: string;
                    /**
                     * @description When the feed last changed (an HTTP date), for `If-Modified-Since`
                     * @example Mon, 02 Nov 2026 01:30:00 GMT
                     */
                    "Last-Modified": string;
                    /** @description Private (the link is a credential) and the feed’s refresh interval */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listPlacements: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
                /** @description Only placements in this state */
                status?: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createPlacement: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementInput"];
            };
        };
        responses: {
            /** @description Dry run (`?dryRun=true`): the write would succeed; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDryRun"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Placement"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listProgrammeVisitors: {
        parameters: {
            query?: {
                /** @description Only placements in this state */
                status?: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                /** @description Only placements at this host */
                hostInstitutionId?: string;
                /** @description Only visitors of this discipline */
                discipline?: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                /** @description Only visitors of this specialty */
                specialty?: string;
                /** @description A name in any script, or an email, or part of one */
                q?: string;
                /** @description Only placements that need this attention */
                flag?: "awaitingConfirmation" | "declinedRotation" | "startingSoon" | "permitWarning";
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorsPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getProgrammeOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeOverview"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getProgrammeSchedule: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSchedule"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Placement"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updatePlacement: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Placement"] | components["schemas"]["PlacementDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    transitionPlacement: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementTransition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Placement"] | components["schemas"]["PlacementDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getPlacementHistory: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listPlacementNotifications: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    redrivePlacementNotifications: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the failed emails are due again */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listRotations: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createRotation: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotationInput"];
            };
        };
        responses: {
            /** @description Dry run (`?dryRun=true`): the write would succeed; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationDryRun"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    scheduleRotationPlan: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The placement's id
                 * @example plc_Pl4Ce7Mn2Bv9Cx1Za3Sd
                 */
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotationPlanInput"];
            };
        };
        responses: {
            /** @description Dry run (`?dryRun=true`): the write would succeed; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationPlanDryRun"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationPlan"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             *     - `TOO_MANY_ROTATIONS`: The plan has more rotations than one transaction can write
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE" | "TOO_MANY_ROTATIONS";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getRotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The rotation's id
                 * @example rot_Ro5Ta8Ti1On4Qw7Er2Ty
                 */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    cancelRotation: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The rotation's id
                 * @example rot_Ro5Ta8Ti1On4Qw7Er2Ty
                 */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"] | components["schemas"]["RotationDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateRotation: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The rotation's id
                 * @example rot_Ro5Ta8Ti1On4Qw7Er2Ty
                 */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotationPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETagUnlessDryRun"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"] | components["schemas"]["RotationDryRun"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    confirmRotation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The rotation's id
                 * @example rot_Ro5Ta8Ti1On4Qw7Er2Ty
                 */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    declineRotation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The rotation's id
                 * @example rot_Ro5Ta8Ti1On4Qw7Er2Ty
                 */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotationDecline"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `INVALID_TRANSITION`: That change of state is not allowed
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "INVALID_TRANSITION" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VERSION_MISMATCH`: The resource has changed since you read it
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VERSION_MISMATCH";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PRECONDITION_REQUIRED`: If-Match header required
             */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPage"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImportRequest"];
            };
        };
        responses: {
            /** @description Dry run (`?dryRun=true`): the write would succeed; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FILE_MALFORMED`: The file cannot be read
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FILE_MALFORMED" | "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FILE_TOO_LARGE`: The file is too large
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             *     - `TOO_MANY_ROWS`: The file has too many rows
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FILE_TOO_LARGE" | "PAYLOAD_TOO_LARGE" | "TOO_MANY_ROWS";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FILE_TYPE_NOT_SUPPORTED`: Only CSV and XLSX files are read
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FILE_TYPE_NOT_SUPPORTED" | "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `COLUMNS_MISSING`: Mandatory columns are missing
             *     - `FILE_EMPTY`: The file has no rows
             *     - `FORMULAS_NOT_ALLOWED`: Cells with formulas are refused
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             *     - `MACROS_NOT_ALLOWED`: Workbooks with macros are refused
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "COLUMNS_MISSING" | "FILE_EMPTY" | "FORMULAS_NOT_ALLOWED" | "IDEMPOTENCY_KEY_REUSED" | "MACROS_NOT_ALLOWED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createImportUploadForm: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportUploadFormRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportUploadForm"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FILE_TOO_LARGE`: The file is too large
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FILE_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FILE_TYPE_NOT_SUPPORTED`: Only CSV and XLSX files are read
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FILE_TYPE_NOT_SUPPORTED" | "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             *     - `MACROS_NOT_ALLOWED`: Workbooks with macros are refused
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED" | "MACROS_NOT_ALLOWED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query?: {
                /** @description Language of the headers and lists: en (default), zh-Hant or zh-Hans */
                lang?: "en" | "zh-Hant" | "zh-Hans";
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (XLSX workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The import's id
                 * @example imp_Im9Po2Rt5Ya8Sd1Fg4Hj
                 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDetail"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    processImport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The import's id
                 * @example imp_Im9Po2Rt5Ya8Sd1Fg4Hj
                 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getRejectedRowsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The import's id
                 * @example imp_Im9Po2Rt5Ya8Sd1Fg4Hj
                 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (XLSX workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getRejectedRowsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The import's id
                 * @example imp_Im9Po2Rt5Ya8Sd1Fg4Hj
                 */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example Email,Name (English),Errors / 錯誤 / 错误,Row in the original file */
                    "text/csv": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    bulkTransitionPlacements: {
        parameters: {
            query?: {
                /** @description `true`: check the write against every rule and answer the verdict (200) without writing anything */
                dryRun?: "true" | "false";
            };
            header?: {
                /**
                 * @description Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.
                 * @example b7e3c1d2-new-rotation-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTransition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkTransitionResult"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `MALFORMED_JSON`: The body is not valid JSON
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "MALFORMED_JSON" | "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `CONCURRENT_UPDATE`: Someone else changed this at the same moment
             *     - `CONFLICT`: Conflict
             *     - `IDEMPOTENCY_IN_PROGRESS`: A request with this Idempotency-Key is still in progress
             *     - `RULE_VIOLATION`: The change breaks exchange rules
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCURRENT_UPDATE" | "CONFLICT" | "IDEMPOTENCY_IN_PROGRESS" | "RULE_VIOLATION";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `IDEMPOTENCY_KEY_REUSED`: Idempotency-Key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportRosterXlsx: {
        parameters: {
            query?: {
                /** @description Language of the headers, institution and department names: en (default), zh-Hant or zh-Hans */
                lang?: "en" | "zh-Hant" | "zh-Hans";
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (XLSX workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportRosterCsv: {
        parameters: {
            query?: {
                /** @description Language of the headers, institution and department names: en (default), zh-Hant or zh-Hans */
                lang?: "en" | "zh-Hant" | "zh-Hans";
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example Name (English),Name (Traditional Chinese),Name (Simplified Chinese) */
                    "text/csv": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getProgrammeReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeReport"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportProgrammeReportXlsx: {
        parameters: {
            query?: {
                /** @description Language of the headers: en (default), zh-Hant or zh-Hans */
                lang?: "en" | "zh-Hant" | "zh-Hans";
            };
            header?: never;
            path: {
                /**
                 * @description The programme's id
                 * @example prog_HTVP2027a1B2c3D4e5F6
                 */
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (XLSX workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportOccupancyXlsx: {
        parameters: {
            query: {
                /** @description The month, YYYY-MM */
                month: string;
                /** @description Language of the headers and department names: en (default), zh-Hant or zh-Hans */
                lang?: "en" | "zh-Hant" | "zh-Hans";
            };
            header?: never;
            path: {
                /**
                 * @description The institution's id
                 * @example inst_QMHk2v9Tn4XeYbR1aLpW
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (XLSX workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `VALIDATION_FAILED`: The request is not valid
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `UNAUTHENTICATED`: Sign-in required
             *     - API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it (`application/json`, `{"message": …}`)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    };
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `FORBIDDEN`: Not allowed
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `NOT_FOUND`: Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `PAYLOAD_TOO_LARGE`: The body is too large
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description API Gateway: the stage or route throttling limit was reached; retry with backoff */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem `HEADERS_TOO_LARGE` from the local stand-in */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `INTERNAL`: Internal error
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    };
                };
            };
            /**
             * @description Problem (RFC 9457) with one of these codes:
             *     - `SERVICE_UNAVAILABLE`: Temporarily unavailable
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
}
