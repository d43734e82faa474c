-- Who may log in: accounts with roles and PBKDF2 password hashes (never the password), optionally working as an agent.
create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id                  bigint       not null,
    version             bigint       not null,
    username            varchar(64)  not null,
    display_name        varchar(120) not null,
    password_hash       varchar(300) not null,
    agent_id            bigint,
    enabled             boolean      not null,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    constraint user_account_pk primary key (id),
    constraint user_account_username_uk unique (username),
    constraint user_account_agent_fk foreign key (agent_id) references agent (id)
);

create table user_account_role (
    user_id bigint      not null,
    role    varchar(16) not null,
    constraint user_account_role_pk primary key (user_id, role),
    constraint user_account_role_user_fk foreign key (user_id) references user_account (id)
);

-- Bearer tokens for scripts: only the SHA-256 of the random secret is stored.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id         bigint      not null,
    user_id    bigint      not null,
    name       varchar(80) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    constraint api_token_pk primary key (id),
    constraint api_token_hash_uk unique (token_hash),
    constraint api_token_user_fk foreign key (user_id) references user_account (id)
);
create index api_token_user_ix on api_token (user_id);

-- Every change an administrator asked for, successful or not.
create sequence admin_action_seq start with 1 increment by 50;
create table admin_action (
    id             bigint       not null,
    actor          varchar(64)  not null,
    acted_at       timestamp with time zone not null,
    method         varchar(8)   not null,
    target         varchar(500) not null,
    status         integer      not null,
    remote_address varchar(64),
    constraint admin_action_pk primary key (id)
);
create index admin_action_at_ix on admin_action (acted_at);
