-- Orleans 10.4 ADO.NET providers (clustering, grain storage, reminders) on PostgreSQL.
--
-- The providers read their SQL from orleans.orleansquery and send it unqualified, so they
-- connect with "Search Path=orleans". This script runs at every start, possibly from several
-- hosts at once: it is one transaction that first takes an advisory lock, and every statement
-- is idempotent. Query texts are upserted so a corrected text reaches existing databases
-- (providers cache them at start: restart silos after a change).
--
-- Names are lower-case and unquoted: the providers read columns by name, case-insensitively.

BEGIN;

-- Serialises concurrent runs: even "IF NOT EXISTS" DDL and CREATE OR REPLACE FUNCTION fail
-- when two sessions race. The key is arbitrary ('ORLN'); advisory locks are per database.
SELECT pg_advisory_xact_lock(1330793550);

CREATE SCHEMA IF NOT EXISTS orleans;

CREATE TABLE IF NOT EXISTS orleans.orleansquery
(
    querykey  varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);

-- ---------------------------------------------------------------------------------------
-- Clustering
-- ---------------------------------------------------------------------------------------

-- One row per cluster. Its version is the cluster-wide optimistic lock: every membership
-- change must present the version it last read and bumps it.
CREATE TABLE IF NOT EXISTS orleans.orleansmembershipversiontable
(
    deploymentid varchar(150) PRIMARY KEY,
    timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 0
);

-- Cascade: deleting a cluster's version row (DeleteMembershipTableEntriesKey) takes its
-- members with it, locking in the same order (version row, then members) as the writers.
CREATE TABLE IF NOT EXISTS orleans.orleansmembershiptable
(
    deploymentid varchar(150) NOT NULL
        REFERENCES orleans.orleansmembershipversiontable (deploymentid) ON DELETE CASCADE,
    address      varchar(45) NOT NULL,  -- text, not inet: the provider reads it as a string
    port         integer NOT NULL,
    generation   integer NOT NULL,
    siloname     text NOT NULL,
    hostname     text NOT NULL,
    status       integer NOT NULL,
    proxyport    integer NOT NULL,     -- read with GetInt32: NULL would throw
    suspecttimes text,
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- Insert a member only at the expected table version, and bump the version: both or neither.
-- Locking the version row first makes concurrent writers queue; in READ COMMITTED the
-- version check is re-evaluated after the wait, so only one writer per version succeeds.
CREATE OR REPLACE FUNCTION orleans.insert_membership(
    p_deploymentid text, p_address text, p_port integer, p_generation integer,
    p_siloname text, p_hostname text, p_status integer, p_proxyport integer,
    p_starttime timestamptz, p_iamalivetime timestamptz, p_version integer)
RETURNS boolean
LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM orleans.orleansmembershipversiontable
     WHERE deploymentid = p_deploymentid AND version = p_version
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    INSERT INTO orleans.orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport,
         suspecttimes, starttime, iamalivetime)
    VALUES
        (p_deploymentid, p_address, p_port, p_generation, p_siloname, p_hostname, p_status,
         p_proxyport, NULL, p_starttime, p_iamalivetime)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;  -- nothing written yet: the version stays as it was
    END IF;

    UPDATE orleans.orleansmembershipversiontable
       SET version = version + 1, timestamp = now()
     WHERE deploymentid = p_deploymentid;
    RETURN true;
END;
$$;

-- Same protocol as insert_membership for a status/suspicion change of an existing member.
CREATE OR REPLACE FUNCTION orleans.update_membership(
    p_deploymentid text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspecttimes text, p_iamalivetime timestamptz, p_version integer)
RETURNS boolean
LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM orleans.orleansmembershipversiontable
     WHERE deploymentid = p_deploymentid AND version = p_version
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans.orleansmembershiptable
       SET status = p_status, suspecttimes = p_suspecttimes, iamalivetime = p_iamalivetime
     WHERE deploymentid = p_deploymentid AND address = p_address
       AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans.orleansmembershipversiontable
       SET version = version + 1, timestamp = now()
     WHERE deploymentid = p_deploymentid;
    RETURN true;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Grain storage
-- ---------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS orleans.orleansstorage
(
    grainidhash            integer NOT NULL,
    grainidn0              bigint NOT NULL,
    grainidn1              bigint NOT NULL,
    graintypehash          integer NOT NULL,
    graintypestring        varchar(512) NOT NULL,  -- the state name, not the grain class
    grainidextensionstring varchar(512),           -- string keys and key extensions
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea,                  -- NULL after ClearStateAsync
    modifiedon             timestamptz NOT NULL DEFAULT now(),
    version                integer NOT NULL        -- the ETag; the provider parses it as int32
);

-- Upstream has no unique key, so two activations writing a grain's first state at the same
-- moment could both insert. This index makes the second insert a conflict instead
-- (WriteToStorageKey returns no row and the provider raises InconsistentStateException).
-- NULL and '' extensions are one key, as the provider means NULL to match NULL.
CREATE UNIQUE INDEX IF NOT EXISTS orleansstorage_natural_key
    ON orleans.orleansstorage (serviceid, graintypestring, grainidn0, grainidn1,
                               (coalesce(grainidextensionstring, '')));

-- Lookups narrow on the provider-computed hash, a small fixed-size key.
CREATE INDEX IF NOT EXISTS orleansstorage_grainidhash
    ON orleans.orleansstorage USING hash (grainidhash);

-- Versions wrap instead of overflowing int32 after 2^31 writes of one grain: the provider
-- only needs the new version to differ from the one it sent.
CREATE OR REPLACE FUNCTION orleans.next_version(v integer)
RETURNS integer
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN v = 2147483647 THEN 1 ELSE v + 1 END $$;

-- ---------------------------------------------------------------------------------------
-- Reminders
-- ---------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS orleans.orleansreminderstable
(
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(1024) NOT NULL,  -- "<grain type>/<key>": 150 (upstream) is too short
    remindername varchar(150) NOT NULL,
    starttime    timestamptz(3) NOT NULL,
    period       bigint NOT NULL,         -- milliseconds
    grainhash    integer NOT NULL,        -- uint hash stored as int32; ranges compare signed
    version      integer NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

-- Each silo loads the reminders of its hash range at start and on refresh.
CREATE INDEX IF NOT EXISTS orleansreminderstable_grainhash
    ON orleans.orleansreminderstable (serviceid, grainhash);

-- Reminder versions come from one sequence, so a reminder deleted and registered again never
-- gets back a version (ETag) an earlier registration had.
CREATE SEQUENCE IF NOT EXISTS orleans.orleansreminderversion AS integer CYCLE;

-- ---------------------------------------------------------------------------------------
-- Query texts. Parameters are named (@Name); Npgsql rewrites them to $n.
-- ---------------------------------------------------------------------------------------

INSERT INTO orleans.orleansquery (querykey, querytext) VALUES

-- Clustering ----------------------------------------------------------------------------

('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (@DeploymentId)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted)
$q$),

('InsertMembershipKey', $q$
SELECT insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                         @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$),

('UpdateMembershipKey', $q$
SELECT update_membership(@DeploymentId, @Address, @Port, @Generation,
                         @Status, @SuspectTimes, @IAmAliveTime, @Version)
$q$),

-- Heartbeat: no version check and no bump, by contract.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembershiptable
   SET iamalivetime = @IAmAliveTime
 WHERE deploymentid = @DeploymentId AND address = @Address
   AND port = @Port AND generation = @Generation
$q$),

-- The version row left-joined to the member: one version-only row when there is no member.
('MembershipReadRowKey', $q$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
       m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m
         ON m.deploymentid = v.deploymentid AND m.address = @Address
        AND m.port = @Port AND m.generation = @Generation
 WHERE v.deploymentid = @DeploymentId
$q$),

-- One statement, one snapshot: the version and the members are read consistently.
('MembershipReadAllKey', $q$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
       m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
 WHERE v.deploymentid = @DeploymentId
$q$),

('GatewaysQueryKey', $q$
SELECT address, proxyport, generation
  FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
$q$),

-- Members go with the version row (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId
$q$),

-- Required by every provider version; 10.4 uses it only when CleanupDefunctSiloEntryKey is
-- absent. Only dead (6) members: a silo joining or shutting down is not defunct. Rows with
-- suspicion votes are kept, since their vote times (inside the text) may be recent.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId AND status = 6
   AND iamalivetime < @IAmAliveTime AND starttime < @IAmAliveTime
   AND coalesce(suspecttimes, '') = ''
$q$),

-- Optional since 10.4: the provider picks dead, expired rows from a read and deletes each
-- one only if it is still exactly as read (no bump: nothing live changes).
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId AND address = @Address
   AND port = @Port AND generation = @Generation
   AND status = 6
   AND starttime = @StartTime AND iamalivetime = @IAmAliveTime
   AND coalesce(suspecttimes, '') = coalesce(@SuspectTimes, '')
$q$),

-- Grain storage --------------------------------------------------------------------------
-- Rows are found by hash and natural key; NULL extension matches NULL.

('ReadFromStorageKey', $q$
SELECT payloadbinary, version
  FROM orleansstorage
 WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
   AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
   AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
   AND coalesce(grainidextensionstring, '') = coalesce(@GrainIdExtensionString, '')
$q$),

-- No ETag: insert version 1 unless the row exists. ETag: update only that version.
-- A conflict returns no row, which the provider turns into InconsistentStateException.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleansstorage
       SET payloadbinary = @PayloadBinary, version = next_version(version), modifiedon = now()
     WHERE @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
       AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
       AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
       AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
       AND coalesce(grainidextensionstring, '') = coalesce(@GrainIdExtensionString, '')
    RETURNING version
), inserted AS (
    INSERT INTO orleansstorage
        (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
         grainidextensionstring, serviceid, payloadbinary, version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
           @GrainIdExtensionString, @ServiceId, @PayloadBinary, 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT (serviceid, graintypestring, grainidn0, grainidn1,
                 (coalesce(grainidextensionstring, ''))) DO NOTHING
    RETURNING version
)
SELECT version AS newgrainstateversion FROM updated
UNION ALL
SELECT version FROM inserted
$q$),

-- DeleteStateOnClear = false: keep the row with a NULL payload and a new version (the ETag).
('ClearStorageKey', $q$
UPDATE orleansstorage
   SET payloadbinary = NULL, version = next_version(version), modifiedon = now()
 WHERE version = @GrainStateVersion
   AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
   AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
   AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
   AND coalesce(grainidextensionstring, '') = coalesce(@GrainIdExtensionString, '')
RETURNING version
$q$),

-- DeleteStateOnClear = true: the provider only needs a value different from the ETag sent.
('DeleteStorageKey', $q$
DELETE FROM orleansstorage
 WHERE version = @GrainStateVersion
   AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
   AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
   AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
   AND coalesce(grainidextensionstring, '') = coalesce(@GrainIdExtensionString, '')
RETURNING version::bigint + 1
$q$),

-- Reminders ------------------------------------------------------------------------------

('ReadReminderRowsKey', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId AND grainid = @GrainId
$q$),

('ReadReminderRowKey', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
$q$),

-- Begin exclusive, end inclusive, compared as signed int32 (the provider picks 1 or 2).
('ReadRangeRows1Key', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash
$q$),

('ReadRangeRows2Key', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)
$q$),

-- No ETag check; every upsert gets a fresh version. @Period arrives as int or bigint.
('UpsertReminderRowKey', $q$
INSERT INTO orleansreminderstable
    (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash,
     nextval('orleansreminderversion'))
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
   SET starttime = EXCLUDED.starttime, period = EXCLUDED.period,
       grainhash = EXCLUDED.grainhash, version = EXCLUDED.version
RETURNING version
$q$),

-- Always exactly one row: the provider reads a single boolean.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleansreminderstable
     WHERE serviceid = @ServiceId AND grainid = @GrainId
       AND remindername = @ReminderName AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted)
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId
$q$)

ON CONFLICT (querykey) DO UPDATE
   SET querytext = EXCLUDED.querytext
 WHERE orleansquery.querytext IS DISTINCT FROM EXCLUDED.querytext;  -- no churn when unchanged

COMMIT;
