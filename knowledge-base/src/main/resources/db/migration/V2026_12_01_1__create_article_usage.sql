-- How articles are used: the cases they solved, readers' votes, views, and the searches agents and customers ran.
create sequence article_case_link_seq start with 1 increment by 50;

create table article_case_link (
    id         bigint                      not null,
    article_id bigint                      not null,
    case_id    bigint                      not null,
    linked_by  varchar(100)                not null,
    linked_at  timestamp(6) with time zone not null,
    constraint article_case_link_pk primary key (id),
    constraint article_case_link_uq unique (article_id, case_id),
    constraint article_case_link_article_fk foreign key (article_id) references article (id),
    constraint article_case_link_case_fk foreign key (case_id) references support_case (id)
);
create index article_case_link_case_ix on article_case_link (case_id);

create sequence article_vote_seq start with 1 increment by 50;

-- A named voter has one vote per article (a second one replaces it); anonymous votes (voter null) each count.
create table article_vote (
    id         bigint                      not null,
    article_id bigint                      not null,
    voter      varchar(100),
    helpful    boolean                     not null,
    voted_at   timestamp(6) with time zone not null,
    constraint article_vote_pk primary key (id),
    constraint article_vote_voter_uq unique (article_id, voter),
    constraint article_vote_article_fk foreign key (article_id) references article (id)
);
create index article_vote_time_ix on article_vote (voted_at, article_id);

create sequence article_search_seq start with 1 increment by 50;

create table article_search (
    id          bigint                      not null,
    searched_at timestamp(6) with time zone not null,
    query       varchar(200)                not null,
    topic       varchar(200)                not null,
    language    varchar(2),
    readers     varchar(9)                  not null,
    hits        bigint                      not null,
    constraint article_search_pk primary key (id),
    constraint article_search_language_ck check (language in ('EN', 'FR', 'DE', 'ES')),
    constraint article_search_readers_ck check (readers in ('AGENTS', 'CUSTOMERS')),
    constraint article_search_hits_ck check (hits >= 0)
);
create index article_search_time_ix on article_search (searched_at);

create sequence article_view_seq start with 1 increment by 50;

create table article_view (
    id         bigint                      not null,
    article_id bigint                      not null,
    viewed_at  timestamp(6) with time zone not null,
    search_id  bigint,
    constraint article_view_pk primary key (id),
    constraint article_view_article_fk foreign key (article_id) references article (id),
    constraint article_view_search_fk foreign key (search_id) references article_search (id)
);
create index article_view_article_ix on article_view (article_id);
create index article_view_search_ix on article_view (search_id);
