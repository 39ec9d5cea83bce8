// Generated from the api's OpenAPI document by `npm run web:api-types`; do not edit.
export interface paths {
    "/api/v1/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_community"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuditController_seal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/checkpoints/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/checkpoints/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_registerDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_dispute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes/{id}/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes/{id}/mediated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_mediated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes/{id}/mediation-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_holdMediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/disputes/{id}/referred": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_referred"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_reportHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/hazards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_hazard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/hazards/{id}/eliminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_eliminateHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_community"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/kpis/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_diffCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/kpis/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_explainCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_registerMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_member"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_makeCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/commitments/{commitmentId}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_fulfilCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/report-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_reportIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/volunteer-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_logService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_raiseProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_decideProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_publishDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_evaluateProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}/implemented": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_implementProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/proposals/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_holdMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestsController_queue"];
        put?: never;
        post: operations["RequestsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/escalation-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_exclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_voidEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/welfare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_applyForWelfare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/welfare/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_welfare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/welfare/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_decideWelfare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_postWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/wishes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_wish"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/wishes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_claimWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/wishes/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_fulfilWish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/works": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommunityRecordsController_recordWorks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/works/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityRecordsController_works"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemoSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemoSignInController_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_registerDistrict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_district"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/audit/root": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DistrictAuditController_root"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/communities/{communityId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_moveCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_district"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/kpis/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_diffDistrict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/kpis/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_explainDistrict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/kpis/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_districtUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/kpis/units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_districtUnitsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_districtOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/ranking-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_setRankingPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_rankings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/rankings/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_published"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{districtId}/streets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_registerStreet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_street"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_onboardCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/communities/{communityId}/offboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_offboardCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/communities/{communityId}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistryController_renameCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/imports/{importId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_street"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/kpis/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_diffStreet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/kpis/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_explainStreet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/kpis/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_streetUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/kpis/units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KpisController_streetUnitsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streets/{streetId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryController_streetOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
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
        get: operations["HealthController_ready"];
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
        AgreementDto: {
            agreement: string;
            occurredAt?: string;
        };
        AsOfQuery: {
            asOf?: string;
        };
        AssigneeDto: {
            id: string;
            /** @enum {string} */
            kind: "party-member" | "volunteer-team" | "property-company" | "department" | "grid-worker";
            name: string;
        };
        ClaimWishDto: {
            claimerName: string;
            occurredAt?: string;
        };
        /**
         * @description 公开承诺（双诺三评）
         * @example {
         *       "text": "每月为小区办 1–2 件实事"
         *     }
         */
        CommitmentDto: {
            occurredAt?: string;
            text: string;
        };
        ConsistencyQuery: {
            from: number;
            to: number;
        };
        /**
         * @description 民决：表决
         * @example {
         *       "votesFor": 40,
         *       "votesAgainst": 5,
         *       "abstentions": 3,
         *       "outcome": "adopted"
         *     }
         */
        DecisionDto: {
            abstentions: number;
            occurredAt?: string;
            /** @enum {string} */
            outcome: "adopted" | "rejected";
            votesAgainst: number;
            votesFor: number;
        };
        /**
         * @description 以演示用户登录（仅演示环境）
         * @example {
         *       "subject": "demo-district-xianan"
         *     }
         */
        DemoSignInDto: {
            subject: string;
        };
        DiffQuery: {
            after?: number;
            asOf: string;
            at: string;
            /** @enum {string} */
            key: "requests.received" | "requests.excluded" | "requests.resolved" | "requests.resolutionRate" | "requests.responseRate" | "requests.satisfactionRate" | "requests.medianHoursToResolve" | "disputes.registered" | "disputes.mediated" | "disputes.mediationSuccessRate" | "wishes.posted" | "wishes.claimed" | "wishes.fulfilled" | "hazards.reported" | "hazards.eliminated" | "commitments.made" | "commitments.fulfilled" | "volunteer.services" | "volunteer.hours" | "welfare.applications" | "welfare.granted" | "proposals.raised" | "proposals.decided" | "proposals.implemented" | "disclosures.published" | "meetings.held";
            limit?: number;
            minPosition?: number;
            /** @enum {string} */
            period: "day" | "week" | "month" | "quarter" | "year";
        };
        /**
         * @description 公开：项目 / 实施 / 财务公开（财务公开须列明金额）
         * @example {
         *       "kind": "financial",
         *       "summary": "电梯改造资金收支",
         *       "amountRaisedYuan": 5000000,
         *       "amountSpentYuan": 4860000
         *     }
         */
        DisclosureDto: {
            amountRaisedYuan?: number;
            amountSpentYuan?: number;
            /** @enum {string} */
            kind: "project" | "implementation" | "financial";
            occurredAt?: string;
            summary: string;
        };
        /**
         * @description 社区下单：派给党员、志愿服务队、物业公司或职能部门，并给出响应与办结时限
         * @example {
         *       "assignee": {
         *         "kind": "party-member",
         *         "id": "member-3",
         *         "name": "李建国"
         *       },
         *       "respondBy": "2026-11-25T10:00:00+08:00",
         *       "resolveBy": "2026-11-27T18:00:00+08:00"
         *     }
         */
        DispatchRequestDto: {
            assignee: components["schemas"]["AssigneeDto"];
            occurredAt?: string;
            resolveBy: string;
            respondBy: string;
        };
        EliminateHazardDto: {
            measures: string;
            occurredAt?: string;
        };
        Environment: {
            AUDIT_SIGNING_KEY?: string;
            DATABASE_POOL_SIZE: number;
            DATABASE_URL: string;
            /** @enum {string} */
            DEMO_SIGN_IN: "true" | "false";
            /** @enum {string} */
            EVENT_STORE: "postgres" | "kurrentdb";
            EVENTSTORE_URL?: string;
            /** @enum {string} */
            HASH_ALGORITHM: "sha256" | "sm3";
            JWT_AUDIENCE: string;
            JWT_ISSUER: string;
            /** Format: url */
            JWT_JWKS_URL?: string;
            JWT_PUBLIC_KEY?: string;
            JWT_SECRET?: string;
            /** @enum {string} */
            LOG_LEVEL: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
            /** @enum {string} */
            NODE_ENV: "development" | "production" | "test";
            PORT: number;
            PROJECTOR_POLL_INTERVAL_MS: number;
            QUEUE_PREFIX: string;
            READ_YOUR_WRITES_TIMEOUT_MS: number;
            REDIS_URL?: string;
            WEB_ROOT: string;
        };
        /**
         * @description 网格吹哨、部门报到
         * @example {
         *       "departmentId": "dept-housing",
         *       "reason": "楼栋供电线路老化，需住建部门处理"
         *     }
         */
        EscalateRequestDto: {
            departmentId: string;
            occurredAt?: string;
            reason: string;
        };
        ExplainQuery: {
            after?: string;
            asOf?: string;
            at: string;
            /** @enum {string} */
            key: "requests.received" | "requests.resolved" | "requests.resolutionRate" | "requests.responseRate" | "requests.satisfactionRate" | "requests.medianHoursToResolve" | "disputes.registered" | "disputes.mediated" | "disputes.mediationSuccessRate";
            limit?: number;
            minPosition?: number;
            /** @enum {string} */
            period: "day" | "week" | "month" | "quarter" | "year";
        };
        FailureDto: {
            occurredAt?: string;
            reason: string;
        };
        HistoryQuery: {
            after?: number;
            limit?: number;
        };
        /**
         * @description 调解（近邻评理室、谈心说事室）
         * @example {
         *       "venue": "近邻评理室",
         *       "mediator": "王书记",
         *       "notes": "双方同意错峰施工"
         *     }
         */
        HoldMediationDto: {
            mediator: string;
            notes?: string;
            occurredAt?: string;
            venue: string;
        };
        InclusionQuery: {
            /** Format: uuid */
            eventId: string;
            treeSize?: number;
        };
        KpiQuery: {
            asOf?: string;
            from?: string;
            minPosition?: number;
            /** @enum {string} */
            period: "day" | "week" | "month" | "quarter" | "year";
            to?: string;
        };
        /**
         * @description 民议：议事协商会议
         * @example {
         *       "kind": "alliance-meeting",
         *       "heldOn": "2021-03-01",
         *       "attendees": 48
         *     }
         */
        MeetingDto: {
            attendees: number;
            heldOn: string;
            /** @enum {string} */
            kind: "half-monthly-talk" | "council-hall" | "consultation-room" | "alliance-meeting";
            occurredAt?: string;
        };
        /**
         * @description 区划调整：社区划转到另一街道，自生效日起
         * @example {
         *       "toStreetId": "s-wenquan",
         *       "effectiveFrom": "2026-01-01"
         *     }
         */
        MoveCommunityDto: {
            effectiveFrom: string;
            toStreetId: string;
        };
        NoteDto: {
            note: string;
            occurredAt?: string;
        };
        OffboardCommunityDto: {
            effectiveFrom: string;
            reason: string;
        };
        /**
         * @description 社区入驻（创建租户）
         * @example {
         *       "communityId": "c-fenghuang",
         *       "name": "凤凰社区",
         *       "onboardedOn": "2018-07-01"
         *     }
         */
        OnboardCommunityDto: {
            communityId: string;
            name: string;
            onboardedOn: string;
        };
        /**
         * @description 微心愿发布
         * @example {
         *       "description": "独居老人想要一台收音机",
         *       "beneficiary": "陈奶奶"
         *     }
         */
        PostWishDto: {
            beneficiary?: string;
            description: string;
            occurredAt?: string;
        };
        /**
         * @description 民提：居民提出议题
         * @example {
         *       "title": "老旧小区加装电梯",
         *       "description": "4 个老旧小区 22 部电梯改造，居民自筹与补贴结合"
         *     }
         */
        RaiseProposalDto: {
            description: string;
            occurredAt?: string;
            title: string;
        };
        /**
         * @description 群众点单：居民通过门岗值守、微信群、收件箱等渠道提出诉求
         * @example {
         *       "channel": "door-duty",
         *       "category": "street-lights",
         *       "description": "民兴小区3栋路灯不亮，晚上出行不便",
         *       "compoundId": "minxing",
         *       "location": "3栋楼下",
         *       "residentContact": {
         *         "name": "王阿姨",
         *         "phone": "13800000000"
         *       }
         *     }
         */
        RaiseRequestDto: {
            /** @enum {string} */
            category: "drainage" | "street-lights" | "elevator" | "parking" | "sanitation" | "security" | "water-supply" | "fire-water" | "roof-walls" | "heating" | "noise-fumes" | "access-control" | "ebike-charging" | "other";
            /** @enum {string} */
            channel: "inbox" | "wechat-group" | "door-duty" | "grid-patrol" | "visit" | "hotline";
            compoundId?: string;
            description: string;
            gridId?: string;
            location?: string;
            occurredAt?: string;
            residentContact?: components["schemas"]["ResidentContactDto"];
        };
        /**
         * @description 红黑榜规则：响应率、办结率、满意率权重（合计 100）与最少诉求数
         * @example {
         *       "responseWeight": 30,
         *       "resolutionWeight": 35,
         *       "satisfactionWeight": 35,
         *       "minimumRequests": 10
         *     }
         */
        RankingPolicyDto: {
            minimumRequests: number;
            resolutionWeight: number;
            responseWeight: number;
            satisfactionWeight: number;
        };
        RankingQuery: {
            asOf?: string;
            minPosition?: number;
            month: string;
        };
        /**
         * @description 民评：满意 / 基本满意 / 不满意
         * @example {
         *       "rating": "satisfied",
         *       "comment": "处理及时，谢谢"
         *     }
         */
        RateRequestDto: {
            comment?: string;
            occurredAt?: string;
            /** @enum {string} */
            rating: "satisfied" | "basically-satisfied" | "unsatisfied";
        };
        ReasonDto: {
            occurredAt?: string;
            reason: string;
        };
        RecordedStepDto: {
            occurredAt?: string;
        };
        /**
         * @description 实事工程完成（数量按类型的计量单位）
         * @example {
         *       "kind": "pipes",
         *       "quantity": 1162,
         *       "description": "修复雨污管道",
         *       "amountSpentYuan": 380000
         *     }
         */
        RecordWorksDto: {
            amountSpentYuan?: number;
            description: string;
            /** @enum {string} */
            kind: "street-lamps" | "pipes" | "road" | "rubbish" | "parking-spaces" | "elevators" | "drain-covers";
            occurredAt?: string;
            quantity: number;
        };
        ReferDisputeDto: {
            note: string;
            occurredAt?: string;
            /** @enum {string} */
            to: "people-mediation-committee" | "court" | "department";
        };
        /**
         * @description 纠纷登记
         * @example {
         *       "kind": "noise",
         *       "summary": "楼上装修噪音影响休息",
         *       "parties": [
         *         "张先生",
         *         "李女士"
         *       ]
         *     }
         */
        RegisterDisputeDto: {
            /** @enum {string} */
            kind: "neighbours" | "owner-property" | "noise" | "parking" | "square-dance" | "other";
            occurredAt?: string;
            parties: string[];
            summary: string;
        };
        /**
         * @description 登记区
         * @example {
         *       "districtId": "d-xianan",
         *       "name": "咸安区"
         *     }
         */
        RegisterDistrictDto: {
            districtId: string;
            name: string;
        };
        /**
         * @description 党员登记（居民党员 / 在职党员 / 流动党员）
         * @example {
         *       "memberId": "demo-member-fenghuang",
         *       "name": "李建国",
         *       "mode": "in-service"
         *     }
         */
        RegisterMemberDto: {
            memberId?: string;
            /** @enum {string} */
            mode: "resident" | "in-service" | "mobile";
            name: string;
            occurredAt?: string;
        };
        RegisterStreetDto: {
            name: string;
            streetId: string;
        };
        RejectRequestDto: {
            /** Format: uuid */
            duplicateOf?: string;
            note: string;
            occurredAt?: string;
            /** @enum {string} */
            reason: "invalid" | "duplicate";
        };
        RenameCommunityDto: {
            name: string;
        };
        ReportEscalationDto: {
            occurredAt?: string;
            /** @enum {string} */
            outcome: "resolved" | "returned";
            report: string;
        };
        /**
         * @description 安全隐患上报
         * @example {
         *       "kind": "electrical",
         *       "location": "5栋车棚",
         *       "description": "电动车飞线充电"
         *     }
         */
        ReportHazardDto: {
            description: string;
            /** @enum {string} */
            kind: "fire" | "electrical" | "structural" | "gas" | "traffic" | "other";
            location: string;
            occurredAt?: string;
        };
        ReportInDto: {
            compoundId?: string;
            /** @enum {string} */
            mode: "resident" | "in-service" | "mobile";
            occurredAt?: string;
        };
        RequestQueueQuery: {
            after?: string;
            asOf?: string;
            /** @enum {string} */
            category?: "drainage" | "street-lights" | "elevator" | "parking" | "sanitation" | "security" | "water-supply" | "fire-water" | "roof-walls" | "heating" | "noise-fumes" | "access-control" | "ebike-charging" | "other";
            limit?: number;
            minPosition?: number;
            /** @enum {string} */
            open?: "true" | "false";
            /** @enum {string} */
            overdue?: "true" | "false";
            /** @enum {string} */
            status?: "raised" | "dispatched" | "accepted" | "escalated" | "resolved" | "rated" | "reopened" | "closed" | "rejected" | "withdrawn";
        };
        ResidentContactDto: {
            name: string;
            phone: string;
        };
        /**
         * @description 办结
         * @example {
         *       "note": "已更换灯泡并检查线路"
         *     }
         */
        ResolveRequestDto: {
            note: string;
            occurredAt?: string;
        };
        TemplateQuery: {
            /** @enum {string} */
            format?: "csv" | "xlsx";
        };
        UnitExportQuery: {
            asOf?: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            from: string;
            minPosition?: number;
            /** @enum {string} */
            rows?: "street" | "community";
            to: string;
        };
        UnitTableQuery: {
            asOf?: string;
            from: string;
            minPosition?: number;
            /** @enum {string} */
            rows?: "street" | "community";
            to: string;
        };
        ViewQuery: {
            asOf?: string;
            minPosition?: number;
        };
        VoidEventDto: {
            /** Format: uuid */
            eventId: string;
            reason: string;
        };
        /**
         * @description 志愿服务记录
         * @example {
         *       "hours": 2,
         *       "description": "晚七点门岗值守"
         *     }
         */
        VolunteerServiceDto: {
            description: string;
            hours: number;
            occurredAt?: string;
        };
        /**
         * @description 救助申请（含个人敏感信息）
         * @example {
         *       "kind": "dibao",
         *       "applicant": "陈某",
         *       "circumstances": "独居老人，无固定收入"
         *     }
         */
        WelfareApplicationDto: {
            applicant: string;
            circumstances: string;
            /** @enum {string} */
            kind: "dibao" | "medical-aid" | "temporary-aid" | "low-rent-housing";
            occurredAt?: string;
        };
        WelfareDecisionDto: {
            note: string;
            occurredAt?: string;
            /** @enum {string} */
            outcome: "granted" | "refused";
        };
        WithdrawRequestDto: {
            occurredAt?: string;
            reason?: string;
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
    DirectoryController_community: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_seal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_consistency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_inclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_registerDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDisputeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_dispute: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_failed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_mediated: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_holdMediation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldMediationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_referred: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferDisputeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_reportHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportHazardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_hazard: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_eliminateHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EliminateHazardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_community: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_diffCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_explainCommunity: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_registerMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_member: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_makeCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_fulfilCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commitmentId: string;
                communityId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_reportIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_logService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_raiseProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseProposalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_proposal: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_decideProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_publishDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_evaluateProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_implementProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_holdMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_queue: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_raise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_get: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordedStepDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordedStepDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportEscalationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_exclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_voidEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_applyForWelfare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WelfareApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_welfare: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_decideWelfare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WelfareDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_postWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWishDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_wish: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_claimWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimWishDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_fulfilWish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_recordWorks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordWorksDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CommunityRecordsController_works: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemoSignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemoSignInController_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_registerDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDistrictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_district: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DistrictAuditController_root: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_moveCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                districtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveCommunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_district: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_diffDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_explainDistrict: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_districtUnits: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_districtUnitsExport: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_districtOverview: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_setRankingPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingPolicyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_rankings: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_published: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_registerStreet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                districtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterStreetDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_street: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_onboardCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnboardCommunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_offboardCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                streetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OffboardCommunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistryController_renameCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                streetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameCommunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description XLSX 或 UTF-8 CSV，按模板填写
                     */
                    file: string;
                };
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_street: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_diffStreet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_explainStreet: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_streetUnits: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KpisController_streetUnitsExport: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryController_streetOverview: {
        parameters: {
            query?: {
                /** @description 按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then) */
                asOf?: string;
                /** @description 读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`) */
                minPosition?: number;
            };
            header?: never;
            path: {
                streetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
