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
        /** Liveness check */
        get: operations["getHealth"];
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
        /** This API described as OpenAPI 3.1 */
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
        /** List host and home institutions */
        get: operations["listInstitutions"];
        put?: never;
        /** Register an institution */
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
        /** Get one institution */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an institution's departments */
        get: operations["listDepartments"];
        put?: never;
        /** Add a department with its capacity */
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
        /** Get one department */
        get: operations["getDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a department's name, specialty or capacity */
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
        /** Live rotations and free capacity per day */
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
        /** Every department's booked days against its capacity over a range, and who is there */
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
        /** List exchange programmes */
        get: operations["listProgrammes"];
        put?: never;
        /** Create a programme */
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
        /** Get one programme */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a programme */
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
        /** List visiting staff */
        get: operations["listStaff"];
        put?: never;
        /** Register a visiting staff member */
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
        /** Get one staff member */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff member's details */
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
        /** Record a registration, licence or permit */
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
        /** My profile and calendar feed link */
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
        /** My rotations */
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
        /** Revoke my calendar feed link (e.g. shared by mistake) and get a new one */
        post: operations["revokeMyCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rotations as an iCalendar feed (signed link) */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** The calendar feed’s headers only (calendar apps check for changes) */
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
        /** List a programme's placements */
        get: operations["listPlacements"];
        put?: never;
        /** Nominate a staff member for a placement */
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
        /** A programme's placements with their visitors, filtered (state, host, discipline, specialty, names, attention) */
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
        /** A programme at a glance: pipeline, rotations awaiting confirmation, declines, starts ahead, permit warnings */
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
        /** A programme's schedule: each visitor's placement and rotations, with the departments they use */
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
        /** Get one placement */
        get: operations["getPlacement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a placement's period or notes */
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
        /** Offer, accept, decline, activate, complete, withdraw or cancel */
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
        /** Audit trail, newest first */
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
        /** Emails sent about this placement */
        get: operations["listPlacementNotifications"];
        put?: never;
        post?: never;
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
        /** List a placement's rotations */
        get: operations["listRotations"];
        put?: never;
        /** Schedule a rotation */
        post: operations["createRotation"];
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
        /** Get one rotation */
        get: operations["getRotation"];
        put?: never;
        post?: never;
        /** Cancel a rotation */
        delete: operations["cancelRotation"];
        options?: never;
        head?: never;
        /** Reschedule or change a rotation */
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
        /** Confirm a rotation */
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
        /** Decline a rotation with a reason */
        post: operations["declineRotation"];
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
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            instance?: string;
            violations?: {
                code: string;
                message: string;
                details?: {
                    [key: string]: unknown;
                };
                severity?: string;
            }[];
            errors?: {
                path: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        time: string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                region?: "HK" | "GD";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            institutionId: string;
                            /** @enum {string} */
                            region: "HK" | "GD";
                            names: {
                                en: string;
                                "zh-Hant": string;
                                "zh-Hans": string;
                            };
                            /** @enum {string} */
                            cluster?: "HKE" | "HKW" | "KC" | "KE" | "KW" | "NTE" | "NTW";
                            city?: string;
                            contactEmails: string[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInstitution: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    region: "HK" | "GD";
                    names: {
                        en: string;
                        "zh-Hant": string;
                        "zh-Hans": string;
                    };
                    /** @enum {string} */
                    cluster?: "HKE" | "HKW" | "KC" | "KE" | "KW" | "NTE" | "NTW";
                    city?: string;
                    /** @default [] */
                    contactEmails?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        institutionId: string;
                        /** @enum {string} */
                        region: "HK" | "GD";
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        /** @enum {string} */
                        cluster?: "HKE" | "HKW" | "KC" | "KE" | "KW" | "NTE" | "NTW";
                        city?: string;
                        contactEmails: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        institutionId: string;
                        /** @enum {string} */
                        region: "HK" | "GD";
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        /** @enum {string} */
                        cluster?: "HKE" | "HKW" | "KC" | "KE" | "KW" | "NTE" | "NTW";
                        city?: string;
                        contactEmails: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            departmentId: string;
                            institutionId: string;
                            names: {
                                en: string;
                                "zh-Hant": string;
                                "zh-Hans": string;
                            };
                            specialty: string;
                            capacity: number;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: {
                        en: string;
                        "zh-Hant": string;
                        "zh-Hans": string;
                    };
                    specialty: string;
                    capacity: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departmentId: string;
                        institutionId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        specialty: string;
                        capacity: number;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departmentId: string;
                        institutionId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        specialty: string;
                        capacity: number;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
            };
            path: {
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names?: {
                        en: string;
                        "zh-Hant": string;
                        "zh-Hans": string;
                    };
                    specialty?: string;
                    capacity?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departmentId: string;
                        institutionId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        specialty: string;
                        capacity: number;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartmentOccupancy: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstitutionOccupancy: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        institutionId: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        departments: {
                            department: {
                                departmentId: string;
                                institutionId: string;
                                names: {
                                    en: string;
                                    "zh-Hant": string;
                                    "zh-Hans": string;
                                };
                                specialty: string;
                                capacity: number;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
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
                            visitor: {
                                en?: string;
                                "zh-Hant"?: string;
                                "zh-Hans"?: string;
                            };
                            departmentId: string;
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string;
                            /** @enum {string} */
                            status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                            activity: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            programmeId: string;
                            names: {
                                en: string;
                                "zh-Hant": string;
                                "zh-Hans": string;
                            };
                            /** @enum {string} */
                            direction: "GD_TO_HK" | "HK_TO_GD";
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string;
                            /** @enum {string} */
                            status: "PLANNING" | "OPEN" | "CLOSED";
                            contactEmails: string[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: {
                        en: string;
                        "zh-Hant": string;
                        "zh-Hans": string;
                    };
                    /** @enum {string} */
                    direction: "GD_TO_HK" | "HK_TO_GD";
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                    /**
                     * @default PLANNING
                     * @enum {string}
                     */
                    status?: "PLANNING" | "OPEN" | "CLOSED";
                    /** @default [] */
                    contactEmails?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        /** @enum {string} */
                        direction: "GD_TO_HK" | "HK_TO_GD";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "PLANNING" | "OPEN" | "CLOSED";
                        contactEmails: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        /** @enum {string} */
                        direction: "GD_TO_HK" | "HK_TO_GD";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "PLANNING" | "OPEN" | "CLOSED";
                        contactEmails: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names?: {
                        en: string;
                        "zh-Hant": string;
                        "zh-Hans": string;
                    };
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    endDate?: string;
                    /** @enum {string} */
                    status?: "PLANNING" | "OPEN" | "CLOSED";
                    contactEmails?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        names: {
                            en: string;
                            "zh-Hant": string;
                            "zh-Hans": string;
                        };
                        /** @enum {string} */
                        direction: "GD_TO_HK" | "HK_TO_GD";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "PLANNING" | "OPEN" | "CLOSED";
                        contactEmails: string[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                homeInstitutionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            staffId: string;
                            names: {
                                en?: string;
                                "zh-Hant"?: string;
                                "zh-Hans"?: string;
                            };
                            email: string;
                            /** @enum {string} */
                            preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                            /** @enum {string} */
                            discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                            specialty: string;
                            homeInstitutionId: string;
                            /** @enum {string} */
                            homeRegion: "HK" | "GD";
                            phone?: string;
                            credentials: {
                                credentialId: string;
                                /** @enum {string} */
                                type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                                number: string;
                                /** @enum {string} */
                                region: "HK" | "GD";
                                /** Format: date */
                                validFrom: string;
                                /** Format: date */
                                validTo: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: {
                        en?: string;
                        "zh-Hant"?: string;
                        "zh-Hans"?: string;
                    };
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                    /** @enum {string} */
                    discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                    specialty: string;
                    homeInstitutionId: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        names: {
                            en?: string;
                            "zh-Hant"?: string;
                            "zh-Hans"?: string;
                        };
                        email: string;
                        /** @enum {string} */
                        preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                        /** @enum {string} */
                        discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                        specialty: string;
                        homeInstitutionId: string;
                        /** @enum {string} */
                        homeRegion: "HK" | "GD";
                        phone?: string;
                        credentials: {
                            credentialId: string;
                            /** @enum {string} */
                            type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                            number: string;
                            /** @enum {string} */
                            region: "HK" | "GD";
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        names: {
                            en?: string;
                            "zh-Hant"?: string;
                            "zh-Hans"?: string;
                        };
                        email: string;
                        /** @enum {string} */
                        preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                        /** @enum {string} */
                        discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                        specialty: string;
                        homeInstitutionId: string;
                        /** @enum {string} */
                        homeRegion: "HK" | "GD";
                        phone?: string;
                        credentials: {
                            credentialId: string;
                            /** @enum {string} */
                            type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                            number: string;
                            /** @enum {string} */
                            region: "HK" | "GD";
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaff: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
            };
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names?: {
                        en?: string;
                        "zh-Hant"?: string;
                        "zh-Hans"?: string;
                    };
                    /** Format: email */
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                    /** @enum {string} */
                    discipline?: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                    specialty?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        names: {
                            en?: string;
                            "zh-Hant"?: string;
                            "zh-Hans"?: string;
                        };
                        email: string;
                        /** @enum {string} */
                        preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                        /** @enum {string} */
                        discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                        specialty: string;
                        homeInstitutionId: string;
                        /** @enum {string} */
                        homeRegion: "HK" | "GD";
                        phone?: string;
                        credentials: {
                            credentialId: string;
                            /** @enum {string} */
                            type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                            number: string;
                            /** @enum {string} */
                            region: "HK" | "GD";
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCredential: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                    number: string;
                    /** @enum {string} */
                    region: "HK" | "GD";
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        names: {
                            en?: string;
                            "zh-Hant"?: string;
                            "zh-Hans"?: string;
                        };
                        email: string;
                        /** @enum {string} */
                        preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                        /** @enum {string} */
                        discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                        specialty: string;
                        homeInstitutionId: string;
                        /** @enum {string} */
                        homeRegion: "HK" | "GD";
                        phone?: string;
                        credentials: {
                            credentialId: string;
                            /** @enum {string} */
                            type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                            number: string;
                            /** @enum {string} */
                            region: "HK" | "GD";
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staff: {
                            staffId: string;
                            names: {
                                en?: string;
                                "zh-Hant"?: string;
                                "zh-Hans"?: string;
                            };
                            email: string;
                            /** @enum {string} */
                            preferredLanguage?: "en" | "zh-Hant" | "zh-Hans";
                            /** @enum {string} */
                            discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                            specialty: string;
                            homeInstitutionId: string;
                            /** @enum {string} */
                            homeRegion: "HK" | "GD";
                            phone?: string;
                            credentials: {
                                credentialId: string;
                                /** @enum {string} */
                                type: "MCHK_LIMITED_REGISTRATION" | "MCHK_FULL_REGISTRATION" | "NCHK_TEMPORARY_REGISTRATION" | "NCHK_REGISTRATION" | "CMCHK_REGISTRATION" | "HK_ALLIED_HEALTH_REGISTRATION" | "MAINLAND_PRACTISING_LICENCE" | "MAINLAND_SHORT_TERM_PRACTICE_PERMIT" | "ENTRY_PERMIT";
                                number: string;
                                /** @enum {string} */
                                region: "HK" | "GD";
                                /** Format: date */
                                validFrom: string;
                                /** Format: date */
                                validTo: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        };
                        placements: {
                            placementId: string;
                            programmeId: string;
                            staffId: string;
                            hostInstitutionId: string;
                            homeInstitutionId: string;
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string;
                            /** @enum {string} */
                            status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                            notes?: string;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        calendarFeedUrl: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyRotations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
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
                            /** @enum {string} */
                            activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                            supervisor?: {
                                name: string;
                                email?: string;
                            };
                            /** @enum {string} */
                            status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                            sequence: number;
                            declineReason?: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarFeedUrl: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headCalendarFeed: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlacements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            placementId: string;
                            programmeId: string;
                            staffId: string;
                            hostInstitutionId: string;
                            homeInstitutionId: string;
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string;
                            /** @enum {string} */
                            status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                            notes?: string;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlacement: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    staffId: string;
                    hostInstitutionId: string;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        placementId: string;
                        programmeId: string;
                        staffId: string;
                        hostInstitutionId: string;
                        homeInstitutionId: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                        notes?: string;
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammeVisitors: {
        parameters: {
            query?: {
                status?: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                hostInstitutionId?: string;
                discipline?: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                specialty?: string;
                q?: string;
                flag?: "awaitingConfirmation" | "declinedRotation" | "startingSoon" | "permitWarning";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            placement: {
                                placementId: string;
                                programmeId: string;
                                staffId: string;
                                hostInstitutionId: string;
                                homeInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                /** @enum {string} */
                                status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                                notes?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                            visitor: {
                                staffId: string;
                                names: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                /** @enum {string} */
                                discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                                specialty: string;
                                homeInstitutionId: string;
                                email: string;
                            };
                            rotationCounts: {
                                SCHEDULED: number;
                                CONFIRMED: number;
                                DECLINED: number;
                                CANCELLED: number;
                                COMPLETED: number;
                            };
                            flags: ("awaitingConfirmation" | "declinedRotation" | "startingSoon" | "permitWarning")[];
                        }[];
                        total: number;
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgrammeOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        /** Format: date */
                        today: string;
                        visitors: number;
                        pipeline: {
                            /** @enum {string} */
                            status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                            count: number;
                        }[];
                        awaitingConfirmation: {
                            count: number;
                            items: {
                                placementId: string;
                                staffId: string;
                                visitor: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                hostInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                status: string;
                                rotationId?: string;
                                departmentId?: string;
                                department?: {
                                    en: string;
                                    "zh-Hant": string;
                                    "zh-Hans": string;
                                };
                                reason?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                        declinedRotations: {
                            count: number;
                            items: {
                                placementId: string;
                                staffId: string;
                                visitor: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                hostInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                status: string;
                                rotationId?: string;
                                departmentId?: string;
                                department?: {
                                    en: string;
                                    "zh-Hant": string;
                                    "zh-Hans": string;
                                };
                                reason?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                        startingSoon: {
                            count: number;
                            items: {
                                placementId: string;
                                staffId: string;
                                visitor: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                hostInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                status: string;
                                rotationId?: string;
                                departmentId?: string;
                                department?: {
                                    en: string;
                                    "zh-Hant": string;
                                    "zh-Hans": string;
                                };
                                reason?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                        permitWarnings: {
                            count: number;
                            items: {
                                placementId: string;
                                staffId: string;
                                visitor: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                hostInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                status: string;
                                rotationId?: string;
                                departmentId?: string;
                                department?: {
                                    en: string;
                                    "zh-Hant": string;
                                    "zh-Hans": string;
                                };
                                reason?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgrammeSchedule: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        items: {
                            placement: {
                                placementId: string;
                                programmeId: string;
                                staffId: string;
                                hostInstitutionId: string;
                                homeInstitutionId: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                /** @enum {string} */
                                status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                                notes?: string;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            };
                            visitor: {
                                staffId: string;
                                names: {
                                    en?: string;
                                    "zh-Hant"?: string;
                                    "zh-Hans"?: string;
                                };
                                /** @enum {string} */
                                discipline: "DOCTOR" | "NURSE" | "CHINESE_MEDICINE" | "ALLIED_HEALTH" | "PHARMACIST";
                                specialty: string;
                                homeInstitutionId: string;
                                email: string;
                            };
                            rotations: {
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
                                /** @enum {string} */
                                activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                                supervisor?: {
                                    name: string;
                                    email?: string;
                                };
                                /** @enum {string} */
                                status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                                sequence: number;
                                declineReason?: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        }[];
                        departments: {
                            departmentId: string;
                            institutionId: string;
                            names: {
                                en: string;
                                "zh-Hant": string;
                                "zh-Hans": string;
                            };
                            specialty: string;
                            capacity: number;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        placementId: string;
                        programmeId: string;
                        staffId: string;
                        hostInstitutionId: string;
                        homeInstitutionId: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                        notes?: string;
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlacement: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    endDate?: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        placementId: string;
                        programmeId: string;
                        staffId: string;
                        hostInstitutionId: string;
                        homeInstitutionId: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                        notes?: string;
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionPlacement: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
                "Idempotency-Key"?: string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "offer" | "accept" | "decline" | "activate" | "complete" | "withdraw" | "cancel";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        placementId: string;
                        programmeId: string;
                        staffId: string;
                        hostInstitutionId: string;
                        homeInstitutionId: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        /** @enum {string} */
                        status: "NOMINATED" | "OFFERED" | "ACCEPTED" | "DECLINED" | "ACTIVE" | "COMPLETED" | "WITHDRAWN" | "CANCELLED";
                        notes?: string;
                        warnings?: {
                            code: string;
                            message: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlacementHistory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            auditId: string;
                            placementId?: string;
                            at: string;
                            actor: {
                                sub: string;
                                role: string;
                                onBehalfOf?: string;
                            };
                            /** @enum {string} */
                            action: "institution.created" | "department.created" | "department.updated" | "programme.created" | "programme.updated" | "staff.created" | "staff.updated" | "staff.credentialAdded" | "placement.nominated" | "placement.updated" | "placement.offered" | "placement.accepted" | "placement.declined" | "placement.activated" | "placement.completed" | "placement.withdrawn" | "placement.cancelled" | "rotation.scheduled" | "rotation.updated" | "rotation.cancelled" | "rotation.confirmed" | "rotation.declined" | "rotation.completed";
                            /** @enum {string} */
                            entityType: "institution" | "department" | "programme" | "staff" | "placement" | "rotation";
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
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlacementNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            notificationId: string;
                            placementId: string;
                            auditId: string;
                            recipient: string;
                            template: string;
                            language: string;
                            subject?: string;
                            sentAt?: string;
                            /** @enum {string} */
                            status: "PENDING" | "SENT" | "FAILED" | "SUPPRESSED";
                            attempts: number;
                            lastError?: string;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRotations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
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
                            /** @enum {string} */
                            activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                            supervisor?: {
                                name: string;
                                email?: string;
                            };
                            /** @enum {string} */
                            status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                            sequence: number;
                            declineReason?: string;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRotation: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    departmentId: string;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                    /** @enum {string} */
                    activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                    supervisor?: {
                        name: string;
                        /** Format: email */
                        email?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRotation: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
            };
            path: {
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRotation: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header: {
                "If-Match": string;
            };
            path: {
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    departmentId?: string;
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    endDate?: string;
                    /** @enum {string} */
                    activity?: "CLINICAL" | "OBSERVATION" | "TRAINING";
                    supervisor?: {
                        name: string;
                        /** Format: email */
                        email?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmRotation: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
                "Idempotency-Key"?: string;
            };
            path: {
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineRotation: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
                "Idempotency-Key"?: string;
            };
            path: {
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                        /** @enum {string} */
                        activity: "CLINICAL" | "OBSERVATION" | "TRAINING";
                        supervisor?: {
                            name: string;
                            email?: string;
                        };
                        /** @enum {string} */
                        status: "SCHEDULED" | "CONFIRMED" | "DECLINED" | "CANCELLED" | "COMPLETED";
                        sequence: number;
                        declineReason?: string;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule of the exchange is broken; `violations` names each */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
