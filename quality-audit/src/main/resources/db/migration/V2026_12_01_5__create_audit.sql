-- Compliance audits: the population query (frozen at the last contact the draw saw), the design and seed that drew
-- the sample, each stratum's sizes, and each sampled contact with its inclusion probability and analyst.
create sequence qa_audit_seq start with 1 increment by 50;
create sequence qa_audit_unit_seq start with 1 increment by 50;

create table qa_audit (
    id                     bigint       not null,
    version                bigint       not null,
    name                   varchar(200) not null,
    scorecard_id           bigint       not null,
    state                  varchar(12)  not null,
    period_from            timestamp(6) with time zone not null,
    period_to              timestamp(6) with time zone not null,
    minimum_handle_seconds bigint       not null,
    exclude_reviewed       boolean      not null,
    through_contact_id     bigint       not null,
    design                 varchar(15)  not null,
    stratify_by            varchar(10),
    allocation             varchar(15)  not null,
    minimum_per_stratum    integer      not null,
    per_stratum            integer,
    requested_size         integer,
    margin_of_error        double precision,
    confidence_level       double precision not null,
    expected_proportion    double precision,
    seed                   bigint       not null,
    population_size        bigint       not null,
    separate_teams         boolean      not null,
    created_at             timestamp(6) with time zone not null,
    completed_at           timestamp(6) with time zone,
    constraint qa_audit_pk primary key (id),
    constraint qa_audit_name_uk unique (name),
    constraint qa_audit_scorecard_fk foreign key (scorecard_id) references qa_scorecard (id),
    constraint qa_audit_state_ck check (state in ('IN_PROGRESS', 'COMPLETE')),
    constraint qa_audit_design_ck check (design in ('SIMPLE_RANDOM', 'STRATIFIED', 'FIXED_COUNT'))
);

create table qa_audit_filter (
    audit_id     bigint      not null,
    position     integer     not null,
    kind         varchar(12) not null,
    filter_value varchar(60) not null,
    constraint qa_audit_filter_pk primary key (audit_id, position),
    constraint qa_audit_filter_audit_fk foreign key (audit_id) references qa_audit (id)
);

create table qa_audit_stratum (
    audit_id        bigint      not null,
    position        integer     not null,
    name            varchar(50) not null,
    population_size bigint      not null,
    sample_size     integer     not null,
    constraint qa_audit_stratum_pk primary key (audit_id, position),
    constraint qa_audit_stratum_audit_fk foreign key (audit_id) references qa_audit (id)
);

create table qa_audit_unit (
    id                    bigint           not null,
    audit_id              bigint           not null,
    contact_id            bigint           not null,
    agent_id              bigint           not null,
    team_id               bigint,
    stratum               varchar(50)      not null,
    inclusion_probability double precision not null,
    analyst_id            bigint           not null,
    constraint qa_audit_unit_pk primary key (id),
    constraint qa_audit_unit_uk unique (audit_id, contact_id),
    constraint qa_audit_unit_audit_fk foreign key (audit_id) references qa_audit (id),
    constraint qa_audit_unit_contact_fk foreign key (contact_id) references contact (id),
    constraint qa_audit_unit_analyst_fk foreign key (analyst_id) references agent (id)
);

create index qa_audit_unit_analyst_ix on qa_audit_unit (analyst_id, audit_id);
