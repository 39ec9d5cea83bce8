// Generated from the api's OpenAPI document by `npm run web:api-types`; do not edit.
export interface paths {
    "/api/v1/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投影及其检查点 / projections with their checkpoint and latest rebuild */
        get: operations["ProjectionRebuildsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重建投影（蓝绿切换）/ rebuild a projection into fresh tables and switch when caught up */
        post: operations["ProjectionRebuildsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/projections/{name}/rebuilds/{rebuildId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重建进度 / progress of a rebuild: percentage, events/s, ETA */
        get: operations["ProjectionRebuildsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v1/communities/{communityId}/branches/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_branch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/branches/{organisationId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/branches/{organisationId}/rectified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_rectify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/branches/{organisationId}/secretary-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_reviewSecretary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/branches/{organisationId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/branches/{organisationId}/weak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_classWeak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/care-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_recordCareVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/care-visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_careVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/care-visits/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctCareVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/care-visits/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidCareVisit"];
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
    "/api/v1/communities/{communityId}/compounds/{compoundId}/alliance-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_joinRedAlliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/owners-committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_electOwnersCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/owners-committee/one-shoulder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_recordOneShoulder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/owners-committee/re-election": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_reElectOwnersCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/owners-committee/term-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_endOwnersCommitteeTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/property-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_startPropertyService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/property-service/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_endPropertyService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_renameCompound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/compounds/{compoundId}/supervisory-committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_formSupervisoryCommittee"];
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
        get: operations["RecordListsController_disputes"];
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
    "/api/v1/communities/{communityId}/disputes/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctDispute"];
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
    "/api/v1/communities/{communityId}/disputes/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidDispute"];
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
    "/api/v1/communities/{communityId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/exports/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_download"];
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
        get: operations["RecordListsController_hazards"];
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
    "/api/v1/communities/{communityId}/hazards/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctHazard"];
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
    "/api/v1/communities/{communityId}/hazards/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidHazard"];
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
        get: operations["RecordListsController_members"];
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
    "/api/v1/communities/{communityId}/members/{memberId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_startPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/pairings/{pairingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_endPairing"];
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
    "/api/v1/communities/{communityId}/members/{memberId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/volunteer-posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_claimPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/members/{memberId}/volunteer-posts/{postId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_releasePost"];
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
    "/api/v1/communities/{communityId}/pii-erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuditController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/property-companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_registerPropertyCompany"];
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
    "/api/v1/communities/{communityId}/proposals/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctProposal"];
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
    "/api/v1/communities/{communityId}/proposals/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/reemployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_recordReemployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/reemployments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_reemployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/reemployments/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctReemployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/reemployments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidReemployment"];
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
    "/api/v1/communities/{communityId}/requests/{requestId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctRequest"];
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
    "/api/v1/communities/{communityId}/stars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_awardStar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/stars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_star"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/stars/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctStar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/stars/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidStar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/structure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StructureController_structure"];
        put?: never;
        post: operations["StructureController_registerStructure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/structure/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StructureController_voidStructureEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/study-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_holdStudySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/study-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_studySession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/study-sessions/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctStudySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/study-sessions/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidStudySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/three-zero-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GovernanceRecordsController_threeZero"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/three-zero-status/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctThreeZero"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/three-zero-status/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_grantThreeZero"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/three-zero-status/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceRecordsController_revokeThreeZero"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/three-zero-status/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidThreeZero"];
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
    "/api/v1/communities/{communityId}/welfare/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctWelfare"];
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
    "/api/v1/communities/{communityId}/welfare/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidWelfare"];
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
        get: operations["RecordListsController_wishes"];
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
    "/api/v1/communities/{communityId}/wishes/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctWish"];
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
    "/api/v1/communities/{communityId}/wishes/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidWish"];
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
        get: operations["RecordListsController_works"];
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
    "/api/v1/communities/{communityId}/works/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_correctWorks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{communityId}/works/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordCorrectionsController_voidWorks"];
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
    "/api/v1/districts/{districtId}/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DistrictAuditController_seal"];
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
    "/api/v1/platform/holiday-calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HolidayCalendarController_list"];
        put?: never;
        post: operations["HolidayCalendarController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/holiday-calendars/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HolidayCalendarController_get"];
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
        CalendarDayDto: {
            date: string;
            name: string;
        };
        CalendarSourceDto: {
            documentNumber?: string;
            publishedOn?: string;
            title: string;
            /** Format: url */
            url?: string;
        };
        CalendarVersionQuery: {
            version?: number;
        };
        /**
         * @description 慰问：谁去慰问、慰问了谁、送了什么（被慰问人为个人敏感信息）
         * @example {
         *       "occasion": "festival",
         *       "visited": "陈奶奶（独居老人）",
         *       "circumstances": "腿脚不便，子女在外地",
         *       "visitors": "社区书记、网格员小刘",
         *       "gifts": "大米一袋、食用油一桶、慰问金",
         *       "giftValueYuan": 500
         *     }
         */
        CareVisitDto: {
            circumstances?: string;
            gifts: string;
            giftValueYuan?: number;
            /** @enum {string} */
            occasion: "festival" | "illness" | "elderly-alone" | "hardship" | "other";
            occurredAt?: string;
            visited: string;
            visitors: string;
        };
        /**
         * @description 志愿服务岗位认领
         * @example {
         *       "postId": "jiahe-hygiene-3",
         *       "postName": "3栋环境卫生监督岗",
         *       "compoundId": "jiahe"
         *     }
         */
        ClaimVolunteerPostDto: {
            compoundId?: string;
            occurredAt?: string;
            postId: string;
            postName: string;
        };
        ClaimWishDto: {
            claimerName: string;
            occurredAt?: string;
        };
        /**
         * @description 列为软弱涣散基层党组织
         * @example {
         *       "reason": "组织生活不经常，班子软弱，群众意见大"
         *     }
         */
        ClassBranchWeakDto: {
            occurredAt?: string;
            reason: string;
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
         * @description 更正记录：指明被更正的事件、更正理由，以及该类事件允许更正的字段的新值（如 occurredAt、数量、时长、金额、类别、描述；编号等身份字段不可更正）
         * @example {
         *       "eventId": "9b2f3c1e-6a4d-4e8b-9c1f-2d3e4f5a6b7c",
         *       "reason": "服务时长登记错误，应为 3 小时",
         *       "values": {
         *         "hours": 3,
         *         "occurredAt": "2026-10-04T19:00:00+08:00"
         *       }
         *     }
         */
        CorrectEventDto: {
            /** Format: uuid */
            eventId: string;
            reason: string;
            values: Record<string, never>;
        };
        /**
         * @description 导出台账（CSV / XLSX，中文表头，含各环节时间）或开放数据（NDJSON，不含个人信息）。诉求台账的筛选条件与工作台列表完全一致。
         * @example {
         *       "kind": "requests",
         *       "format": "xlsx",
         *       "status": "resolved",
         *       "category": "drainage"
         *     }
         */
        CreateExportDto: {
            /** @enum {string} */
            category?: "drainage" | "street-lights" | "elevator" | "parking" | "sanitation" | "security" | "water-supply" | "fire-water" | "roof-walls" | "heating" | "noise-fumes" | "access-control" | "ebike-charging" | "other";
            /** @enum {string} */
            format: "csv" | "xlsx" | "ndjson";
            /** @enum {string} */
            kind: "requests" | "disputes" | "wishes" | "hazards" | "open-data";
            open?: boolean;
            overdue?: boolean;
            /** @enum {string} */
            status?: "raised" | "dispatched" | "accepted" | "escalated" | "resolved" | "rated" | "reopened" | "closed" | "rejected" | "withdrawn";
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
            key: "requests.received" | "requests.excluded" | "requests.resolved" | "requests.resolutionRate" | "requests.responseRate" | "requests.satisfactionRate" | "requests.medianHoursToResolve" | "disputes.registered" | "disputes.mediated" | "disputes.mediationSuccessRate" | "wishes.posted" | "wishes.claimed" | "wishes.fulfilled" | "hazards.reported" | "hazards.eliminated" | "commitments.made" | "commitments.fulfilled" | "volunteer.services" | "volunteer.hours" | "welfare.applications" | "welfare.granted" | "proposals.raised" | "proposals.decided" | "proposals.implemented" | "disclosures.published" | "meetings.held" | "volunteer.postsClaimed" | "volunteer.postsReleased" | "pairings.started" | "pairings.ended" | "care.visits" | "reemployment.placed" | "orgLife.studySessions" | "orgLife.attendees" | "orgLife.stars" | "orgLife.secretaryReviews";
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
         * @description 社区下单：派给党员、志愿服务队、物业公司或职能部门，并给出响应与办结时限（时刻 respondBy/resolveBy，或工作时间 respondWithinWorkingHours/resolveWithinWorkingDays，按已发布的节假日安排计算）
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
            /**
             * @description 办结时限（时刻）；或用 resolveWithinWorkingDays
             * @example 2026-11-27T18:00:00+08:00
             */
            resolveBy?: string;
            /**
             * @description 几个工作日内办结（派单次日起算，第 N 个工作日 18:00 前）
             * @example 3
             */
            resolveWithinWorkingDays?: number;
            /**
             * @description 响应时限（时刻）；或用 respondWithinWorkingHours
             * @example 2026-11-25T10:00:00+08:00
             */
            respondBy?: string;
            /**
             * @description 几个工作小时内响应（工作日 09:00–18:00，按已发布的节假日安排）
             * @example 4
             */
            respondWithinWorkingHours?: number;
        };
        /**
         * @description 业主委员会选举（业主大会）：成员、党员成员、主任，一肩挑即主任兼任小区党支部书记
         * @example {
         *       "electedOn": "2017-12-20",
         *       "members": 7,
         *       "partyMembers": 3,
         *       "chairName": "刘建华",
         *       "oneShoulder": true,
         *       "termYears": 5
         *     }
         */
        ElectOwnersCommitteeDto: {
            chairName: string;
            electedOn: string;
            members: number;
            occurredAt?: string;
            oneShoulder: boolean;
            partyMembers: number;
            termYears?: number;
        };
        EliminateHazardDto: {
            measures: string;
            occurredAt?: string;
        };
        /**
         * @description 业主委员会任期结束
         * @example {
         *       "endedOn": "2022-12-19",
         *       "reason": "任期届满，未及时换届"
         *     }
         */
        EndOwnersCommitteeTermDto: {
            endedOn: string;
            occurredAt?: string;
            reason: string;
        };
        /**
         * @description 结束结对帮扶
         * @example {
         *       "outcome": "家庭成员已再就业，生活好转"
         *     }
         */
        EndPairingDto: {
            occurredAt?: string;
            outcome: string;
        };
        /**
         * @description 物业服务退出
         * @example {
         *       "endedOn": "2020-12-31",
         *       "reason": "合同到期，业主大会决定不再续聘"
         *     }
         */
        EndPropertyServiceDto: {
            endedOn: string;
            occurredAt?: string;
            reason: string;
        };
        Environment: {
            AUDIT_SEAL_INTERVAL_MINUTES: number;
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
            JWT_CLOCK_SKEW_SECONDS: number;
            JWT_ISSUER: string;
            /** Format: url */
            JWT_JWKS_URL?: string;
            JWT_MAX_AGE_MINUTES: number;
            JWT_PUBLIC_KEY?: string;
            JWT_SECRET?: string;
            /** @enum {string} */
            LOG_FORMAT?: "pretty" | "json";
            /** @enum {string} */
            LOG_LEVEL: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
            METRICS_PORT?: number;
            MONGO_URL?: string;
            /** @enum {string} */
            NODE_ENV: "development" | "production" | "test";
            /** @enum {string} */
            PII_CIPHER: "aes-256-gcm" | "sm4-gcm";
            PII_MASTER_KEYS?: string;
            PORT: number;
            PROJECTOR_POLL_INTERVAL_MS: number;
            QUEUE_PREFIX: string;
            /** @enum {string} */
            READ_STORE: "postgres" | "mongo";
            READ_YOUR_WRITES_TIMEOUT_MS: number;
            REDIS_URL?: string;
            SLA_ESCALATION_GRACE_HOURS: number;
            WEB_ROOT: string;
        };
        EraseSubjectDto: {
            reason: string;
            subjectId: string;
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
        /**
         * @description 监事会成立：监督资金使用与决策
         * @example {
         *       "formedOn": "2018-06-01",
         *       "members": 3,
         *       "partyMembers": 2
         *     }
         */
        FormSupervisoryCommitteeDto: {
            formedOn: string;
            members: number;
            occurredAt?: string;
            partyMembers: number;
        };
        /**
         * @description 命名三零社区（零发案、零上访、零事故）
         * @example {
         *       "grantedBy": "天心区委政法委",
         *       "note": "连续两年零发案、零上访、零事故"
         *     }
         */
        GrantThreeZeroDto: {
            grantedBy: string;
            note: string;
            occurredAt?: string;
        };
        HistoryQuery: {
            after?: number;
            limit?: number;
            reason?: string;
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
        /**
         * @description 加入5+红色联盟：党支部、业委会、监事会、物业公司、两新组织
         * @example {
         *       "memberKind": "two-new-organisation",
         *       "memberId": "kuaidi-branch",
         *       "name": "快递行业党支部",
         *       "joinedOn": "2019-03-01"
         *     }
         */
        JoinRedAllianceDto: {
            joinedOn: string;
            memberId?: string;
            /** @enum {string} */
            memberKind: "party-branch" | "owners-committee" | "supervisory-committee" | "property-company" | "two-new-organisation";
            name?: string;
            occurredAt?: string;
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
         * @description 月度评星：社区之星 / 楼长之星
         * @example {
         *       "star": "building-head-star",
         *       "month": "2026-11",
         *       "person": "刘楼长",
         *       "citation": "带头清理楼道杂物，调解邻里矛盾"
         *     }
         */
        MonthlyStarDto: {
            citation: string;
            month: string;
            occurredAt?: string;
            person: string;
            /** @enum {string} */
            star: "community-star" | "building-head-star";
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
         * @description 发布某年节假日安排（放假与调休上班），注明来源通知；再次发布同一年即为新版本
         * @example {
         *       "year": 2026,
         *       "holidays": [
         *         {
         *           "date": "2026-10-01",
         *           "name": "国庆节"
         *         },
         *         {
         *           "date": "2026-10-02",
         *           "name": "国庆节"
         *         }
         *       ],
         *       "workdays": [
         *         {
         *           "date": "2026-09-20",
         *           "name": "国庆节"
         *         },
         *         {
         *           "date": "2026-10-10",
         *           "name": "国庆节"
         *         }
         *       ],
         *       "source": {
         *         "title": "国务院办公厅关于2026年部分节假日安排的通知",
         *         "publishedOn": "2025-11-04"
         *       }
         *     }
         */
        PublishHolidayCalendarDto: {
            holidays: components["schemas"]["CalendarDayDto"][];
            source: components["schemas"]["CalendarSourceDto"];
            workdays: components["schemas"]["CalendarDayDto"][];
            year: number;
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
        ReasonQuery: {
            reason?: string;
        };
        RecordedStepDto: {
            occurredAt?: string;
        };
        RecordListQuery: {
            after?: string;
            limit?: number;
        };
        /**
         * @description 一肩挑：业委会主任兼任小区党支部书记（如选举后才建立支部）
         * @example {
         *       "oneShoulder": true,
         *       "since": "2018-05-18"
         *     }
         */
        RecordOneShoulderDto: {
            occurredAt?: string;
            oneShoulder: boolean;
            since: string;
        };
        /**
         * @description 实事工程完成（数量按类型的计量单位）
         * @example {
         *       "kind": "elevators",
         *       "quantity": 22,
         *       "description": "老旧小区加装电梯",
         *       "amountSpentYuan": 5000000,
         *       "proposalId": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
         *     }
         */
        RecordWorksDto: {
            amountSpentYuan?: number;
            description: string;
            /** @enum {string} */
            kind: "street-lamps" | "pipes" | "road" | "rubbish" | "parking-spaces" | "elevators" | "drain-covers";
            occurredAt?: string;
            /** Format: uuid */
            proposalId?: string;
            quantity: number;
        };
        /**
         * @description 软弱涣散党组织整顿转化
         * @example {
         *       "measures": "调整支部班子，建立半月谈议事制度，群众满意度明显提升"
         *     }
         */
        RectifyBranchDto: {
            measures: string;
            occurredAt?: string;
        };
        /**
         * @description 再就业：帮助下岗失业人员重新就业（本人为个人敏感信息）
         * @example {
         *       "person": "张某（下岗职工）",
         *       "employer": "咸宁市红色物业服务有限公司",
         *       "position": "保安",
         *       "startedOn": "2026-03-01"
         *     }
         */
        ReemploymentDto: {
            employer: string;
            occurredAt?: string;
            person: string;
            position?: string;
            startedOn: string;
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
        /**
         * @description 物业公司登记
         * @example {
         *       "companyId": "hongye",
         *       "name": "宏业物业服务有限公司"
         *     }
         */
        RegisterPropertyCompanyDto: {
            companyId: string;
            name: string;
            occurredAt?: string;
        };
        RegisterStreetDto: {
            name: string;
            streetId: string;
        };
        /**
         * @description 登记社区结构：小区、楼栋、网格、四级党组织、工作人员（与批量导入规则相同）
         * @example {
         *       "units": [
         *         {
         *           "kind": "compound",
         *           "id": "minxing",
         *           "name": "民兴小区"
         *         },
         *         {
         *           "kind": "building",
         *           "id": "minxing-3",
         *           "name": "3栋",
         *           "parentId": "minxing"
         *         },
         *         {
         *           "kind": "party-organisation",
         *           "id": "fenghuang-dwei",
         *           "name": "凤凰社区大党委",
         *           "level": "community-committee"
         *         },
         *         {
         *           "kind": "party-organisation",
         *           "id": "minxing-branch",
         *           "name": "民兴小区党支部",
         *           "parentId": "fenghuang-dwei",
         *           "level": "compound-branch",
         *           "compoundId": "minxing"
         *         }
         *       ]
         *     }
         */
        RegisterStructureDto: {
            occurredAt?: string;
            units: components["schemas"]["StructureUnitDto"][];
        };
        RejectRequestDto: {
            /** Format: uuid */
            duplicateOf?: string;
            note: string;
            occurredAt?: string;
            /** @enum {string} */
            reason: "invalid" | "duplicate";
        };
        /**
         * @description 退出志愿服务岗位
         * @example {
         *       "reason": "工作调动，岗位交由其他党员"
         *     }
         */
        ReleaseVolunteerPostDto: {
            occurredAt?: string;
            reason: string;
        };
        RenameCommunityDto: {
            name: string;
        };
        /**
         * @description 小区更名
         * @example {
         *       "name": "佳和颐景小区"
         *     }
         */
        RenameCompoundDto: {
            name: string;
            occurredAt?: string;
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
        /**
         * @description 撤销三零社区称号
         * @example {
         *       "reason": "辖区发生较大安全事故"
         *     }
         */
        RevokeThreeZeroDto: {
            occurredAt?: string;
            reason: string;
        };
        /**
         * @description 支部书记述评：自我述评 / 领导点评 / 群众评议，给分数（0–100）或等次之一
         * @example {
         *       "year": 2025,
         *       "kind": "mass",
         *       "secretary": "王书记",
         *       "score": 92,
         *       "comment": "为群众办实事，群众满意"
         *     }
         */
        SecretaryReviewDto: {
            comment: string;
            /** @enum {string} */
            grade?: "excellent" | "good" | "fair" | "poor";
            /** @enum {string} */
            kind: "self" | "leader" | "mass";
            occurredAt?: string;
            score?: number;
            secretary: string;
            year: number;
        };
        /**
         * @description 结对帮扶困难家庭（家庭信息为个人敏感信息）
         * @example {
         *       "family": "王某一家（低保户）",
         *       "circumstances": "子女残疾，家庭收入微薄",
         *       "compoundId": "jiahe"
         *     }
         */
        StartPairingDto: {
            circumstances: string;
            compoundId?: string;
            family: string;
            occurredAt?: string;
        };
        /**
         * @description 物业服务进驻：专业物业、红色物业（党支部领办）或自管会
         * @example {
         *       "serviceKind": "red-property",
         *       "companyId": "hongye",
         *       "partyOrganisationId": "hongye-branch",
         *       "startedOn": "2019-03-01"
         *     }
         */
        StartPropertyServiceDto: {
            companyId?: string;
            occurredAt?: string;
            partyOrganisationId?: string;
            /** @enum {string} */
            serviceKind: "professional" | "red-property" | "self-managed";
            startedOn: string;
        };
        StartRebuildDto: {
            restart?: boolean;
        };
        StructureQuery: {
            /** @enum {string} */
            timeline?: "true" | "false";
        };
        StructureUnitDto: {
            compoundId?: string;
            id: string;
            /** @enum {string} */
            kind: "compound" | "building" | "grid" | "party-organisation" | "staff";
            /** @enum {string} */
            level?: "community-committee" | "compound-branch" | "functional-branch" | "property-branch" | "building-group" | "member-household";
            name: string;
            parentId?: string;
            /** @enum {string} */
            post?: "community-admin" | "community-staff" | "grid-worker";
        };
        /**
         * @description 学习教育：集中学习、党课、主题党日，含参加人数
         * @example {
         *       "kind": "party-lesson",
         *       "topic": "学习党的二十大精神",
         *       "organisationId": "fenghuang-dwei",
         *       "speaker": "王书记",
         *       "attendees": 36
         *     }
         */
        StudySessionDto: {
            attendees: number;
            /** @enum {string} */
            kind: "study" | "party-lesson" | "theme-day";
            occurredAt?: string;
            organisationId?: string;
            speaker?: string;
            topic: string;
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
    ProjectionRebuildsController_list: {
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
    ProjectionRebuildsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRebuildDto"];
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
    ProjectionRebuildsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
                rebuildId: string;
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
    GovernanceRecordsController_branch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
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
    RecordCorrectionsController_correctBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectEventDto"];
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
    GovernanceRecordsController_rectify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyBranchDto"];
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
    GovernanceRecordsController_reviewSecretary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretaryReviewDto"];
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
    RecordCorrectionsController_voidBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
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
    GovernanceRecordsController_classWeak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassBranchWeakDto"];
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
    GovernanceRecordsController_recordCareVisit: {
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
                "application/json": components["schemas"]["CareVisitDto"];
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
    GovernanceRecordsController_careVisit: {
        parameters: {
            query?: never;
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
    RecordCorrectionsController_correctCareVisit: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidCareVisit: {
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
    StructureController_joinRedAlliance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRedAllianceDto"];
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
    StructureController_electOwnersCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectOwnersCommitteeDto"];
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
    StructureController_recordOneShoulder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOneShoulderDto"];
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
    StructureController_reElectOwnersCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectOwnersCommitteeDto"];
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
    StructureController_endOwnersCommitteeTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOwnersCommitteeTermDto"];
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
    StructureController_startPropertyService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPropertyServiceDto"];
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
    StructureController_endPropertyService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPropertyServiceDto"];
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
    StructureController_renameCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameCompoundDto"];
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
    StructureController_formSupervisoryCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormSupervisoryCommitteeDto"];
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
    RecordListsController_disputes: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctDispute: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidDispute: {
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
    AuditController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数，必填 */
                "X-Access-Reason"?: string;
            };
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
    ExportsController_create: {
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
                "application/json": components["schemas"]["CreateExportDto"];
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
    ExportsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                exportId: string;
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
    ExportsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                exportId: string;
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
    RecordListsController_hazards: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctHazard: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidHazard: {
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
    AuditController_history: {
        parameters: {
            query?: {
                /** @description 查阅理由，必填（或 X-Access-Reason 请求头） */
                reason?: string;
            };
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数，必填 */
                "X-Access-Reason"?: string;
            };
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
    RecordListsController_members: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctMember: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    GovernanceRecordsController_startPairing: {
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
                "application/json": components["schemas"]["StartPairingDto"];
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
    GovernanceRecordsController_endPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                memberId: string;
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPairingDto"];
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
    RecordCorrectionsController_voidMember: {
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
    GovernanceRecordsController_claimPost: {
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
                "application/json": components["schemas"]["ClaimVolunteerPostDto"];
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
    GovernanceRecordsController_releasePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                memberId: string;
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseVolunteerPostDto"];
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
    AuditController_erase: {
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
                "application/json": components["schemas"]["EraseSubjectDto"];
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
    StructureController_registerPropertyCompany: {
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
                "application/json": components["schemas"]["RegisterPropertyCompanyDto"];
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctProposal: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidProposal: {
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
    GovernanceRecordsController_recordReemployment: {
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
                "application/json": components["schemas"]["ReemploymentDto"];
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
    GovernanceRecordsController_reemployment: {
        parameters: {
            query?: never;
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
    RecordCorrectionsController_correctReemployment: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidReemployment: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctRequest: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    GovernanceRecordsController_awardStar: {
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
                "application/json": components["schemas"]["MonthlyStarDto"];
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
    GovernanceRecordsController_star: {
        parameters: {
            query?: never;
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
    RecordCorrectionsController_correctStar: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidStar: {
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
    StructureController_structure: {
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
    StructureController_registerStructure: {
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
                "application/json": components["schemas"]["RegisterStructureDto"];
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
    StructureController_voidStructureEvent: {
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
    GovernanceRecordsController_holdStudySession: {
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
                "application/json": components["schemas"]["StudySessionDto"];
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
    GovernanceRecordsController_studySession: {
        parameters: {
            query?: never;
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
    RecordCorrectionsController_correctStudySession: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidStudySession: {
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
    GovernanceRecordsController_threeZero: {
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
    RecordCorrectionsController_correctThreeZero: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    GovernanceRecordsController_grantThreeZero: {
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
                "application/json": components["schemas"]["GrantThreeZeroDto"];
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
    GovernanceRecordsController_revokeThreeZero: {
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
                "application/json": components["schemas"]["RevokeThreeZeroDto"];
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
    RecordCorrectionsController_voidThreeZero: {
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
    AuditController_verify: {
        parameters: {
            query?: {
                /** @description 查阅理由，必填（或 X-Access-Reason 请求头） */
                reason?: string;
            };
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数，必填 */
                "X-Access-Reason"?: string;
            };
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctWelfare: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidWelfare: {
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
    RecordListsController_wishes: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctWish: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidWish: {
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
    RecordListsController_works: {
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
            header?: {
                /** @description 查阅理由（URL 编码）；也可用 reason 查询参数；审计员凭理由查看解密的个人信息，并记入审计日志 */
                "X-Access-Reason"?: string;
            };
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
    RecordCorrectionsController_correctWorks: {
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
                "application/json": components["schemas"]["CorrectEventDto"];
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
    RecordCorrectionsController_voidWorks: {
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
    DistrictAuditController_seal: {
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
            201: {
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
    HolidayCalendarController_list: {
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
    HolidayCalendarController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishHolidayCalendarDto"];
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
    HolidayCalendarController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
