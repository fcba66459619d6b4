"""How each resource of the API reads: lean rows for lists, nested records for details."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Theme
from people.models import Membership, Organisation, Person

from .fields import LinkField, ThemeSlugsField

MEETING_URL = ("minutes:meeting_detail", {"slug": "slug"})
PANEL_URL = ("minutes:panel_detail", {"meeting_slug": "meeting.slug", "position": "position"})
STATEMENT_URL = ("minutes:statement_detail", {"pk": "pk"})


class OrganisationRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["slug", "name", "abbreviation"]


class PersonRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Person
        fields = ["slug", "name"]


class ThemeSerializer(serializers.ModelSerializer):
    keywords = serializers.ListField(source="keyword_list", child=serializers.CharField())
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    url = LinkField("minutes:theme_detail", {"slug": "slug"})

    class Meta:
        model = Theme
        fields = ["slug", "name", "description", "keywords", "parent", "url"]


class OrganisationSerializer(serializers.ModelSerializer):
    parent = OrganisationRefSerializer(allow_null=True)
    children = OrganisationRefSerializer(many=True)
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    url = LinkField("people:organisation_detail", {"slug": "slug"})

    class Meta:
        model = Organisation
        fields = [
            "slug",
            "name",
            "abbreviation",
            "classification",
            "country",
            "website",
            "parent",
            "children",
            "aliases",
            "url",
        ]


class PersonSerializer(serializers.ModelSerializer):
    url = LinkField("people:person_detail", {"slug": "slug"})

    class Meta:
        model = Person
        fields = ["slug", "name", "sort_name", "honorific", "url"]


class PostSerializer(serializers.ModelSerializer):
    """A membership seen from its person."""

    organisation = OrganisationRefSerializer()

    class Meta:
        model = Membership
        fields = ["organisation", "role", "start_date", "end_date"]


class PersonDetailSerializer(PersonSerializer):
    memberships = PostSerializer(many=True)

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "biography", "memberships"]


class MembershipSerializer(serializers.ModelSerializer):
    person = PersonRefSerializer()
    organisation = OrganisationRefSerializer()

    class Meta:
        model = Membership
        fields = ["id", "person", "organisation", "role", "start_date", "end_date"]


class LineupSerializer(serializers.ModelSerializer):
    """One place in a panel's line-up, with the role and organisation printed at the time."""

    person = PersonRefSerializer()
    organisation = OrganisationRefSerializer(allow_null=True)

    class Meta:
        model = Panelist
        fields = ["position", "person", "title", "role", "organisation", "biography"]


class PanelSerializer(serializers.ModelSerializer):
    meeting = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    moderator = PersonRefSerializer(allow_null=True)
    lineup = LineupSerializer(many=True)
    url = LinkField(*PANEL_URL)

    class Meta:
        model = Panel
        fields = ["id", "meeting", "position", "title", "topic", "moderator", "lineup", "url"]


class MeetingSerializer(serializers.ModelSerializer):
    host = OrganisationRefSerializer(allow_null=True)
    url = LinkField(*MEETING_URL)

    class Meta:
        model = Meeting
        fields = [
            "slug",
            "title",
            "short_title",
            "date",
            "location",
            "host",
            "summary",
            "source_url",
            "url",
        ]


class PanelStatementSerializer(serializers.ModelSerializer):
    """A statement inside its panel, where the panel and meeting go without saying."""

    speaker = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    themes = ThemeSlugsField()
    url = LinkField(*STATEMENT_URL)

    class Meta:
        model = Statement
        fields = ["id", "position", "speaker", "kind", "text", "themes", "url"]


class MeetingPanelSerializer(PanelSerializer):
    statements = PanelStatementSerializer(many=True)

    class Meta(PanelSerializer.Meta):
        fields = [f for f in PanelSerializer.Meta.fields if f != "meeting"] + ["statements"]


class AttendeeSerializer(serializers.ModelSerializer):
    person = PersonRefSerializer()

    class Meta:
        model = Attendance
        fields = ["person", "role", "group"]


class MeetingDetailSerializer(MeetingSerializer):
    attendees = AttendeeSerializer(source="attendances", many=True)
    panels = MeetingPanelSerializer(many=True)

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "attendees", "panels"]


class PanelRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Panel
        fields = ["id", "position", "title"]


class StatementSerializer(serializers.ModelSerializer):
    """A statement on its own: where it was said, by whom, and as whom."""

    meeting = serializers.SlugField(source="panel.meeting.slug")
    date = serializers.DateField(source="panel.meeting.date")
    panel = PanelRefSerializer()
    speaker = PersonRefSerializer(allow_null=True)
    role = serializers.SerializerMethodField(help_text="The speaker's role printed at the time.")
    organisation = serializers.SerializerMethodField(
        help_text="The organisation the speaker was printed as speaking for at the time."
    )
    themes = ThemeSlugsField()
    url = LinkField(*STATEMENT_URL)

    class Meta:
        model = Statement
        fields = [
            "id",
            "meeting",
            "date",
            "panel",
            "position",
            "speaker",
            "role",
            "organisation",
            "kind",
            "text",
            "themes",
            "url",
        ]

    def get_role(self, statement) -> str:
        place = statement.speaker_place()
        return place.role if place else ""

    @extend_schema_field(OrganisationRefSerializer(allow_null=True))
    def get_organisation(self, statement):
        place = statement.speaker_place()
        if place is None or place.organisation is None:
            return None
        organisation = place.organisation
        # A plain dict: a nested serializer per row would cost more than the whole row.
        return {
            "slug": organisation.slug,
            "name": organisation.name,
            "abbreviation": organisation.abbreviation,
        }
