-- Knowledge-base articles, their tags, and every revision they had.
create sequence article_seq start with 1 increment by 50;

create table article (
    id           bigint                      not null,
    version      bigint                      not null,
    title        varchar(200)                not null,
    summary      varchar(1000)               not null,
    body         varchar(200000)             not null,
    body_format  varchar(8)                  not null,
    product      varchar(100)                not null,
    category     varchar(100)                not null,
    language     varchar(2)                  not null,
    audience     varchar(8)                  not null,
    status       varchar(9)                  not null,
    owner        varchar(100)                not null,
    review_by    date,
    revision     integer                     not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    published_at timestamp(6) with time zone,
    constraint article_pk primary key (id),
    constraint article_format_ck check (body_format in ('MARKDOWN', 'HTML')),
    constraint article_language_ck check (language in ('EN', 'FR', 'DE', 'ES')),
    constraint article_audience_ck check (audience in ('INTERNAL', 'PUBLIC')),
    constraint article_status_ck check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint article_revision_ck check (revision >= 1)
);
create index article_updated_ix on article (updated_at, id);

create table article_tag (
    article_id bigint      not null,
    tag        varchar(50) not null,
    constraint article_tag_pk primary key (article_id, tag),
    constraint article_tag_article_fk foreign key (article_id) references article (id)
);

create sequence article_version_seq start with 1 increment by 50;

create table article_version (
    id          bigint                      not null,
    article_id  bigint                      not null,
    revision    integer                     not null,
    title       varchar(200)                not null,
    summary     varchar(1000)               not null,
    body        varchar(200000)             not null,
    body_format varchar(8)                  not null,
    tags        varchar(1100)               not null,
    product     varchar(100)                not null,
    category    varchar(100)                not null,
    language    varchar(2)                  not null,
    audience    varchar(8)                  not null,
    edited_by   varchar(100)                not null,
    edited_at   timestamp(6) with time zone not null,
    note        varchar(500)                not null,
    constraint article_version_pk primary key (id),
    constraint article_version_article_fk foreign key (article_id) references article (id),
    constraint article_version_revision_uq unique (article_id, revision)
);
