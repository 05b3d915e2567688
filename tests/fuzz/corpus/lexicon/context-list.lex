@context d
@require c
war
