"""IPT programme: inventory, exercises, homework, questionnaires

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _participant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ['participant_id'], ['participant.id'],
        name=op.f(f'fk_{table}_participant_id_participant'), ondelete='CASCADE',
    )


def upgrade() -> None:
    op.create_table('inventory_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('name_enc', sa.Text(), nullable=True),
    sa.Column('relationship_enc', sa.Text(), nullable=True),
    sa.Column('closeness', sa.String(length=8), nullable=True),
    sa.Column('supportive_enc', sa.Text(), nullable=True),
    sa.Column('hard_enc', sa.Text(), nullable=True),
    sa.Column('change_enc', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("closeness is null or closeness in ('inner', 'middle', 'outer')", name=op.f('ck_inventory_person_closeness')),
    _participant_fk('inventory_person'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_person'))
    )
    with op.batch_alter_table('inventory_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_person_participant_id'), ['participant_id'], unique=False)

    op.create_table('exercise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('answers_enc', sa.Text(), nullable=True),
    sa.Column('inventory_person_id', sa.Integer(), nullable=True),
    sa.Column('conversation_id', sa.String(length=255), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status in ('in_progress', 'completed')", name=op.f('ck_exercise_status')),
    sa.ForeignKeyConstraint(['inventory_person_id'], ['inventory_person.id'], name=op.f('fk_exercise_inventory_person_id_inventory_person'), ondelete='SET NULL'),
    _participant_fk('exercise'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exercise'))
    )
    with op.batch_alter_table('exercise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exercise_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exercise_created_at'), ['created_at'], unique=False)

    op.create_table('homework',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('exercise_id', sa.Integer(), nullable=True),
    sa.Column('text_enc', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('outcome_enc', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status in ('planned', 'done', 'partly', 'not_done', 'dropped')", name=op.f('ck_homework_status')),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'], name=op.f('fk_homework_exercise_id_exercise'), ondelete='SET NULL'),
    _participant_fk('homework'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_homework'))
    )
    with op.batch_alter_table('homework', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_homework_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_homework_created_at'), ['created_at'], unique=False)

    op.create_table('questionnaire_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=16), nullable=False),
    sa.Column('item_scores', sa.String(length=64), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('severity', sa.String(length=24), nullable=False),
    sa.Column('conversation_id', sa.String(length=255), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    _participant_fk('questionnaire_response'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_response'))
    )
    with op.batch_alter_table('questionnaire_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_response_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_questionnaire_response_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    for table in ('questionnaire_response', 'homework', 'exercise', 'inventory_person'):
        op.drop_table(table)
