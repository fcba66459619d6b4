from django.urls import path

from search import views

app_name = "search"
urlpatterns = [
    path("statements/", views.StatementListView.as_view(), name="statement_list"),
    path("search/", views.SearchView.as_view(), name="search"),
]
